#include "ActivityImportDialog.h"

#include "PlanDocument.h"

namespace zeroplan {

namespace {

const QList<ImportField> kActivityFields{
    ImportField::Carrier,     ImportField::Amount,      ImportField::Unit,   ImportField::Sector,
    ImportField::Subsector,   ImportField::Year,        ImportField::Scope,  ImportField::Factor,
    ImportField::DataQuality, ImportField::NotationKey, ImportField::Driver, ImportField::Id,
    ImportField::Source,      ImportField::Note};

} // namespace

ActivityImportDialog::ActivityImportDialog(PlanDocument *document, const QString &path,
                                           QWidget *parent, const ImportTarget &target)
    : ImportDialog(document, path, kActivityFields, parent, target)
{
    setObjectName(QStringLiteral("activityImportDialog"));
    setWindowTitle(target.actualYear
                       ? tr("Import actual year %1: activity lines").arg(*target.actualYear)
                       : tr("Import activity lines"));
    reread();
}

QList<ImportField> ActivityImportDialog::requiredFields() const
{
    return {ImportField::Carrier, ImportField::Amount};
}

ImportReport ActivityImportDialog::readTable(TableReader &reader, const QString &fileName,
                                             const ImportMapping &mapping, DecimalSeparator decimal)
{
    m_result = ActivityImport::read(reader, fileName, document()->plan(), mapping, decimal,
                                    library(), target().actualYear);
    return m_result.report;
}

QString ActivityImportDialog::resultSummary() const
{
    const int count = int(m_result.lines.size());
    return count == 0 ? tr("nothing to import") : tr("%n line(s) to add", nullptr, count);
}

} // namespace zeroplan
