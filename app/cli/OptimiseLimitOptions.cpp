#include "OptimiseLimitOptions.h"

#include "plan/Plan.h"

#include <QCommandLineParser>
#include <cmath>

namespace zeroplan {
namespace {

const QString kInterim = QStringLiteral("interim");
const QString kCarbonBudget = QStringLiteral("carbon-budget");
const QString kBudgetPerYear = QStringLiteral("budget-per-year");
const QString kBudgetPayer = QStringLiteral("budget-payer");
const QString kPlansOwn = QStringLiteral("plan");

// An amount of 0 or more, or nothing.
std::optional<double> amount(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0)
        return std::nullopt;
    return value;
}

bool looksLikeNumber(const QString &text)
{
    const QString t = text.trimmed();
    return !t.isEmpty() &&
           (t[0].isDigit() || t[0] == u'.' ||
            ((t[0] == u'-' || t[0] == u'+') && t.size() > 1 && (t[1].isDigit() || t[1] == u'.')));
}

QString fileParties()
{
    QStringList ids;
    for (const Party p : kFileParties)
        ids.append(partyId(p));
    return ids.join(QStringLiteral(", "));
}

} // namespace

QList<QCommandLineOption> OptimiseLimitOptions::options()
{
    return {
        {kInterim, tr("Also meet the plan's interim targets (gross emissions in each interim "
                      "year at most its cut below base-year gross).")},
        {kCarbonBudget,
         tr("Keep the net emissions summed over the plan's years within T tCO2e (alone: the "
            "plan's carbon budget)."),
         QStringLiteral("T")},
        {kBudgetPerYear, tr("The most the measures may invest in any one year."),
         QStringLiteral("AMOUNT")},
        {kBudgetPayer,
         tr("The most PAYER may invest over the plan's years, as the plan splits the measures' "
            "investment (repeatable; PAYER: %1).")
             .arg(fileParties()),
         QStringLiteral("PAYER=AMOUNT")},
    };
}

QStringList OptimiseLimitOptions::withCarbonBudgetValue(const QStringList &arguments)
{
    const QString flag = QStringLiteral("--") + kCarbonBudget;
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] != flag) {
            out.append(arguments[i]);
        } else if (i + 1 < arguments.size() && looksLikeNumber(arguments[i + 1])) {
            out.append(flag + u'=' + arguments[++i]);
        } else {
            out.append(flag + u'=' + kPlansOwn);
        }
    }
    return out;
}

std::optional<QString> OptimiseLimitOptions::read(const QCommandLineParser &parser,
                                                  const Plan &plan, OptimiseRequest &request)
{
    if (parser.isSet(kInterim)) {
        if (plan.community.targets.interim.isEmpty())
            return tr("--interim: the plan has no interim targets");
        request.interimTargets = true;
    }
    if (parser.isSet(kCarbonBudget)) {
        const QString text = parser.value(kCarbonBudget);
        if (text == kPlansOwn) {
            if (!plan.community.targets.carbonBudget)
                return tr("--carbon-budget: the plan has no carbon budget; give one in tCO2e");
            request.carbonBudget = plan.community.targets.carbonBudget;
        } else if (const std::optional<double> t = amount(text)) {
            request.carbonBudget = t;
        } else {
            return tr("--carbon-budget needs tonnes of CO2e, 0 or more, not '%1'").arg(text);
        }
    }
    if (parser.isSet(kBudgetPerYear)) {
        request.budgetPerYear = amount(parser.value(kBudgetPerYear));
        if (!request.budgetPerYear)
            return tr("--budget-per-year needs an amount of 0 or more in the plan's currency, "
                      "not '%1'")
                .arg(parser.value(kBudgetPerYear));
    }
    for (const QString &text : parser.values(kBudgetPayer)) {
        const qsizetype eq = text.indexOf(u'=');
        const std::optional<Party> payer =
            eq > 0 ? partyFromId(text.left(eq).trimmed().toLower()) : std::nullopt;
        if (!payer || *payer == Party::Unassigned)
            return tr("--budget-payer needs PAYER=AMOUNT with PAYER one of %1, not '%2'")
                .arg(fileParties(), text);
        const std::optional<double> most = amount(text.mid(eq + 1));
        if (!most)
            return tr("--budget-payer needs an amount of 0 or more after '=', not '%1'").arg(text);
        for (const OptimisePayerBudget &b : std::as_const(request.payerBudgets))
            if (b.payer == *payer)
                return tr("--budget-payer: %1 is given twice").arg(partyId(*payer));
        request.payerBudgets.append({*payer, *most});
    }
    return std::nullopt;
}

} // namespace zeroplan
