#include "ios/iosplatform.h"

#include <QFileInfo>

#import <UIKit/UIKit.h>

namespace qujat {

namespace {

UIViewController *topViewController()
{
    UIWindow *window = nil;
    for (UIScene *scene in UIApplication.sharedApplication.connectedScenes) {
        if (![scene isKindOfClass:[UIWindowScene class]])
            continue;
        for (UIWindow *candidate in static_cast<UIWindowScene *>(scene).windows) {
            if (candidate.isKeyWindow)
                window = candidate;
        }
    }
    UIViewController *controller = window.rootViewController;
    while (controller.presentedViewController)
        controller = controller.presentedViewController;
    return controller;
}

} // namespace

bool IosPlatform::openWithSystem(const QString &path)
{
    // iOS has no "open with the default app"; the share sheet offers
    // "Open in ..." and Quick Look.
    return showOrShare(path);
}

bool IosPlatform::showOrShare(const QString &path)
{
    UIViewController *presenter = topViewController();
    if (!presenter || !QFileInfo::exists(path))
        return false;
    NSURL *url = [NSURL fileURLWithPath:path.toNSString()];
    UIActivityViewController *sheet = [[UIActivityViewController alloc] initWithActivityItems:@[url]
                                                                        applicationActivities:nil];
    // iPad presents the sheet as a popover, which needs an anchor.
    sheet.popoverPresentationController.sourceView = presenter.view;
    sheet.popoverPresentationController.sourceRect =
        CGRectMake(CGRectGetMidX(presenter.view.bounds), CGRectGetMidY(presenter.view.bounds), 0, 0);
    [presenter presentViewController:sheet animated:YES completion:nil];
    return true;
}

void IosPlatform::setKeepScreenOn(bool on)
{
    m_keepScreenOn = on;
    UIApplication.sharedApplication.idleTimerDisabled = on ? YES : NO;
}

} // namespace qujat
