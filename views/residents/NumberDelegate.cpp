#include "NumberDelegate.h"

#include <QDoubleSpinBox>
#include <QLocale>

#include <cmath>

namespace zeroplan {

NumberDelegate::NumberDelegate(double minimum, double maximum, int decimals, const QString &suffix,
                               bool blankZero, QObject *parent)
    : QStyledItemDelegate(parent), m_minimum(minimum), m_maximum(maximum), m_decimals(decimals),
      m_suffix(suffix), m_blankZero(blankZero)
{
}

QWidget *NumberDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QStringLiteral("numberCellEditor"));
    spin->setRange(m_minimum, m_maximum);
    spin->setDecimals(m_decimals);
    spin->setSuffix(m_suffix);
    spin->setFrame(false);
    spin->setGroupSeparatorShown(m_maximum > 9999);
    return spin;
}

void NumberDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *spin = static_cast<QDoubleSpinBox *>(editor);
    spin->setValue(index.data(Qt::EditRole).toDouble());
    spin->selectAll();
}

void NumberDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *spin = static_cast<QDoubleSpinBox *>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole);
}

QString NumberDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    // The app's language (QLocale()), as every figure of ZeroPlan is written; the view's own
    // locale may be the one it was made with.
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok)
        return QStyledItemDelegate::displayText(value, locale);
    if (m_blankZero && v == 0)
        return QString();
    return trimmed(v, m_decimals, QLocale());
}

QString NumberDelegate::trimmed(double value, int decimals, const QLocale &locale)
{
    QString text = locale.toString(value, 'f', decimals);
    if (decimals > 0 && text.contains(locale.decimalPoint())) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return text;
}

} // namespace zeroplan
