#pragma once

#include "TableReader.h"

#include <QList>
#include <QStringList>

namespace zeroplan {

// A table held in memory, row by row, read as a file's table is: for handing rows the program
// made itself to an importer (the baseline totals of a community made from a spreadsheet go
// through ActivityImport this way, docs/district.md). `place` names where the rows came from
// in messages ("communities.csv, line 4").
class ListTableReader : public TableReader
{
public:
    ListTableReader(QList<QStringList> rows, QString place);

    bool next(TableRow &row) override;
    QString error() const override { return {}; }
    QString cellName(qint64 row, int column) const override;
    QString rowName(qint64 row) const override;

private:
    QList<QStringList> m_rows;
    QString m_place;
    qsizetype m_next = 0;
};

} // namespace zeroplan
