#pragma once

#include "CliCommand.h"

#include <QList>

namespace zeroplan {

struct EmissionFactor;

// zeroplan-cli factors [--carrier C] [--region R] [--format table|json]: lists the shipped
// emission factor library, each factor with its value, unit, gases, region, year, confidence
// and source; --region R keeps what a plan in R can use (R's own factors, its country's and
// the IPCC defaults).
class FactorsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(zeroplan::FactorsCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    static QString table(const QList<const EmissionFactor *> &factors);
    static QByteArray json(const QList<const EmissionFactor *> &factors, const QString &version);
};

} // namespace zeroplan
