package dev.firebreak.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;

/**
 * What a user cannot read on a screen: a label, button or cell whose shown text is shorter than its text (JavaFX put
 * an ellipsis in), a text field or combo box narrower than its prompt, a table or form that scrolls sideways, and a
 * control pushed out of its part of the window (under the drill panel, off the edge). Collects every one, with where it is, so one failure lists them all.
 * Call {@link #inspect} on the FX thread.
 */
final class CutTexts {
    /** Texts that may be cut: a passing notice in the status bar gives way to the backup's age and the incident clock. */
    private static final Set<String> MAY_BE_CUT = Set.of("status-message");

    private final List<String> found = new ArrayList<>();

    /** Checks every visible node under {@code root}; {@code where} says which screen it is ("Backups tab after the deploy"). */
    void inspect(String where, Parent root) {
        visit(where, root);
    }

    List<String> found() {
        return List.copyOf(found);
    }

    /** One line per cut text, for the failure message. */
    String report() {
        return found.size() + " cut texts:\n  " + String.join("\n  ", found);
    }

    private void visit(String where, Node node) {
        if (!node.isVisible() || node.getOpacity() == 0 || (node.getId() != null && MAY_BE_CUT.contains(node.getId()))) {
            return;
        }
        if (node instanceof Labeled labeled) {
            labeled(where, labeled);
        }
        if (node instanceof TextField field) {
            prompt(where, field, field.getPromptText(), field.getWidth() - field.snappedLeftInset() - field.snappedRightInset());
        }
        if (node instanceof ComboBox<?> combo && combo.getValue() == null) {
            comboPrompt(where, combo);
        }
        if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
            sideways(where, bar);
        }
        if (node instanceof TableView<?> table) {
            columnsFit(where, table);
        }
        if (node instanceof Control control && !(node instanceof ScrollPane)) {
            outOfItsPart(where, control);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(where, child);
            }
        }
    }

    /** The skin shows its text in a Text child; an ellipsis or a missing text means it did not fit. */
    private void labeled(String where, Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
                || labeled.getWidth() <= 0) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? withoutMnemonic(text) : text;
        // a menu button shows its text in a label of its own, which is looked at in turn
        Optional<String> shown = labeled.getChildrenUnmodifiable().stream()
                .filter(child -> child instanceof Text && child.getStyleClass().contains("text"))
                .map(child -> ((Text) child).getText()).findFirst();
        if (shown.isPresent() && !shown.get().equals(expected)) {
            found.add(where + ": " + describe(labeled) + " shows \"" + shown.get() + "\" of \"" + expected + "\"");
        }
    }

    private void comboPrompt(String where, ComboBox<?> combo) {
        combo.getChildrenUnmodifiable().stream().filter(ListCell.class::isInstance).map(ListCell.class::cast).findFirst()
                .ifPresent(cell -> prompt(where, combo, combo.getPromptText(),
                        cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset()));
    }

    private void prompt(String where, Control control, String prompt, double room) {
        if (prompt == null || prompt.isBlank() || control.getWidth() <= 0) {
            return;
        }
        Text measure = new Text(prompt);
        measure.setFont(control instanceof TextField field ? field.getFont() : javafx.scene.text.Font.getDefault());
        if (control instanceof ComboBox<?> combo) {
            combo.getChildrenUnmodifiable().stream().filter(Labeled.class::isInstance)
                    .findFirst().ifPresent(cell -> measure.setFont(((Labeled) cell).getFont()));
        }
        double needed = Math.ceil(measure.getLayoutBounds().getWidth());
        if (room + 1 < needed) {
            found.add(where + ": " + describe(control) + " is " + Math.round(room) + " px wide for its prompt \"" + prompt
                    + "\" (" + Math.round(needed) + " px)");
        }
    }

    /**
     * A table, list or scrolling form wider than its place shows a horizontal scroll bar: what is out of sight is cut
     * as surely as by an ellipsis, and a user at 2 AM does not scroll sideways. A text area's own bar is its business.
     */
    private void sideways(String where, ScrollBar bar) {
        for (Node up = bar.getParent(); up != null; up = up.getParent()) {
            if (up instanceof TextArea) {
                return;
            }
            if (up instanceof TableView<?> || up instanceof ListView<?> || up instanceof ScrollPane) {
                found.add(where + ": " + describe(up) + " scrolls sideways: part of it is out of sight");
                return;
            }
        }
    }

    /** Columns held at their minimum widths run past a table's right edge, where they are clipped without an ellipsis. */
    private void columnsFit(String where, TableView<?> table) {
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumnBase::getWidth).sum();
        double scrollBar = table.lookupAll(".scroll-bar").stream()
                .filter(bar -> bar instanceof ScrollBar vertical && vertical.getOrientation() == Orientation.VERTICAL && bar.isVisible()
                        && bar.getParent() != null && bar.getParent().getParent() == table)
                .mapToDouble(bar -> bar.getLayoutBounds().getWidth()).sum();
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - scrollBar;
        if (table.getWidth() > 0 && columns > room + 1) {
            found.add(where + ": " + describe(table) + "'s columns need " + Math.round(columns) + " px of its " + Math.round(room)
                    + ": the last is cut at the edge");
        }
    }

    /**
     * A control reaching out of the part of a BorderPane it is in (top, centre, bottom, left, right) is drawn under its
     * neighbour: "Back up automatically every da" under the drill panel. Off the window's edge is the same.
     */
    private void outOfItsPart(String where, Control control) {
        Bounds bounds = control.localToScene(control.getLayoutBounds());
        if (bounds.getWidth() <= 0 || insideClip(control)) {
            return;
        }
        Node scene = control.getScene().getRoot();
        check(where, control, bounds, scene, "the window");
        for (Node part = control; part.getParent() != null; part = part.getParent()) {
            if (part.getParent() instanceof BorderPane && part != control) {
                check(where, control, bounds, part, "its part of " + describe(part.getParent()));
            }
        }
    }

    private void check(String where, Control control, Bounds bounds, Node part, String partName) {
        Bounds area = part.localToScene(part.getLayoutBounds());
        Bounds grown = new BoundingBox(area.getMinX() - 1, area.getMinY() - 1, area.getWidth() + 2, area.getHeight() + 2);
        if (!grown.contains(bounds)) {
            found.add(where + ": " + describe(control) + " reaches out of " + partName + " (" + Math.round(bounds.getMinX())
                    + "–" + Math.round(bounds.getMaxX()) + " × " + Math.round(bounds.getMinY()) + "–" + Math.round(bounds.getMaxY())
                    + " in " + Math.round(area.getMinX()) + "–" + Math.round(area.getMaxX()) + " × "
                    + Math.round(area.getMinY()) + "–" + Math.round(area.getMaxY()) + ")");
        }
    }

    /** Inside a scroll pane, a table or a split pane the parts out of sight are clipped on purpose (they scroll). */
    private static boolean insideClip(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getClip() != null) {
                return true;
            }
        }
        return false;
    }

    /** "Label#backups-freshness" or, without an id, its text and the nearest ancestor with an id: "Label 'Owner' in #timeline-postmortem". */
    private static String describe(Node node) {
        if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null && cell.getTableView() != null) {
            return "cell of column '" + cell.getTableColumn().getText() + "' in #" + cell.getTableView().getId();
        }
        String kind = node.getClass().getSimpleName().isEmpty() ? node.getClass().getName() : node.getClass().getSimpleName();
        if (node.getId() != null) {
            return kind + "#" + node.getId();
        }
        String name = node instanceof Labeled labeled && labeled.getText() != null ? kind + " '" + labeled.getText() + "'" : kind;
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                return name + " in #" + up.getId();
            }
        }
        return name;
    }

    /** "_Show me" is shown as "Show me"; "__" is a literal underscore. */
    private static String withoutMnemonic(String text) {
        int at = text.indexOf('_');
        while (at >= 0 && at + 1 < text.length() && text.charAt(at + 1) == '_') {
            at = text.indexOf('_', at + 2);
        }
        return at < 0 || at + 1 >= text.length() ? text.replace("__", "_") : (text.substring(0, at) + text.substring(at + 1)).replace("__", "_");
    }
}
