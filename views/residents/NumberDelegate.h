#pragma once

#include <QStyledItemDelegate>

namespace zeroplan {

// Edits a number cell with a spin box (a share in percent, an amount of money): the cell holds
// the number as a double (Qt::EditRole) and shows it with the locale's separators, a zero as
// an empty cell when `blankZero`.
class NumberDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    NumberDelegate(double minimum, double maximum, int decimals, const QString &suffix,
                   bool blankZero, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    QString displayText(const QVariant &value, const QLocale &locale) const override;
    // `value` with up to `decimals` places, trailing zeros dropped ("60", "33.33").
    static QString trimmed(double value, int decimals, const QLocale &locale);

private:
    double m_minimum;
    double m_maximum;
    int m_decimals;
    QString m_suffix;
    bool m_blankZero;
};

} // namespace zeroplan
