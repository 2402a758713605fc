#include "MeasureGalleryDialog.h"

#include "measures/MeasureCatalogue.h"
#include "present/MeasureIcon.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace zeroplan {

MeasureGalleryDialog::MeasureGalleryDialog(QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_description(new QLabel(this)),
      m_addButton(new QPushButton(tr("&Add"), this))
{
    setObjectName(QStringLiteral("measureGalleryDialog"));
    setWindowTitle(tr("Add a measure"));

    m_list->setObjectName(QStringLiteral("measureGalleryList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(48, 48));
    m_list->setGridSize(QSize(160, 110));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    for (const MeasureKindSpec &spec : MeasureCatalogue::all()) {
        auto *item = new QListWidgetItem(MeasureIcon::icon(spec.kind), spec.displayName(), m_list);
        item->setData(Qt::UserRole, int(spec.kind));
        item->setToolTip(spec.displayExplanation());
    }

    m_description->setObjectName(QStringLiteral("measureDescriptionLabel"));
    m_description->setWordWrap(true);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_addButton->setObjectName(QStringLiteral("addFromGalleryButton"));
    m_addButton->setDefault(true);
    buttons->addButton(m_addButton, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Choose the kind of measure to add to the plan:"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_description);
    layout->addWidget(buttons);
    resize(720, 520);

    connect(m_list, &QListWidget::currentItemChanged, this, &MeasureGalleryDialog::showDescription);
    connect(m_list, &QListWidget::itemActivated, this, &MeasureGalleryDialog::choose);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeasureGalleryDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->setCurrentRow(0);
}

std::optional<MeasureKind> MeasureGalleryDialog::chosenKind() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    return MeasureKind(item->data(Qt::UserRole).toInt());
}

void MeasureGalleryDialog::selectKind(MeasureKind kind)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toInt() == int(kind))
            m_list->setCurrentRow(row);
    }
}

void MeasureGalleryDialog::showDescription()
{
    const auto kind = chosenKind();
    m_addButton->setEnabled(kind.has_value());
    if (!kind) {
        m_description->clear();
        return;
    }
    const MeasureKindSpec &spec = MeasureCatalogue::spec(*kind);
    m_description->setText(
        tr("<b>%1</b><br>%2<br><i>Stage: %3. Usually looked after by: %4.</i>")
            .arg(spec.displayName().toHtmlEscaped(), spec.displayExplanation().toHtmlEscaped(),
                 measureStageName(spec.stage),
                 MeasureCatalogue::ownerGroupName(QString::fromLatin1(spec.ownerGroup))));
}

void MeasureGalleryDialog::choose()
{
    const auto kind = chosenKind();
    if (!kind || m_chosen)
        return;
    m_chosen = true;
    emit kindChosen(*kind);
    accept();
}

} // namespace zeroplan
