#include "UserGuide.h"

#include "present/Language.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace zeroplan {

UserGuide::UserGuide(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuide"));
    setModal(false);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setOpenExternalLinks(true); // links out of the guide go to the web browser
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 640);
    retranslate();
}

QString UserGuide::guideFile(const QString &language)
{
    const QString folder =
        language == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en");
    return QStringLiteral(":/help/%1/guide.html").arg(folder);
}

void UserGuide::showSection(const QString &anchor)
{
    m_anchor = anchor;
    m_language = Language::current();
    QUrl url(QLatin1String("qrc") + guideFile(m_language));
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    show(); // first: the browser scrolls to the anchor in the size it is shown at
    raise();
    activateWindow();
    m_browser->setSource(url);
}

void UserGuide::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The window now speaks another language: so does the guide, at the same section.
        if (!m_language.isEmpty() && m_language != Language::current())
            QMetaObject::invokeMethod(
                this, [this] { showSection(m_anchor); }, Qt::QueuedConnection);
    }
    QDialog::changeEvent(event);
}

void UserGuide::retranslate()
{
    setWindowTitle(tr("ZeroPlan User Guide"));
}

} // namespace zeroplan
