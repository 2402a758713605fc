#pragma once
// What TestFactorLibrary and TestFactorLibraryFile share.
#include "inventory/Carrier.h"
#include "inventory/FactorLibrary.h"
#include "inventory/Units.h"
#include "storage/FactorJson.h"
#include "storage/FactorLibraryJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

namespace zeroplan::test {

inline QString sourcePath(const char *relative)
{
    return QStringLiteral(ZEROPLAN_SOURCE_DIR "/") + QString::fromUtf8(relative);
}

} // namespace zeroplan::test
