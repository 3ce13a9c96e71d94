package dev.firebreak.ui.prepush;

import dev.firebreak.prepush.CheckStatus;
import java.util.Locale;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Green / amber / red / grey, with a distinct shape each so colour is never the only signal. */
final class StatusIcons {
    private StatusIcons() {
    }

    static FontIcon of(CheckStatus status) {
        FontIcon icon = new FontIcon(switch (status) {
            case PASS -> Feather.CHECK_CIRCLE;
            case WARN -> Feather.ALERT_TRIANGLE;
            case FAIL -> Feather.X_OCTAGON;
            case SKIP -> Feather.MINUS_CIRCLE;
        });
        icon.setIconSize(20);
        icon.getStyleClass().add(styleClass(status));
        return icon;
    }

    static String styleClass(CheckStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT);
    }
}
