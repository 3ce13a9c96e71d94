package dev.firebreak.ui;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps at the column's width, so the row grows instead of ending in "…": a long line of what
 * happened or a backup's label is read in full. The text takes the cell's font and colour, so row styles (bold
 * milestones, the selected row) apply to it as to a plain cell.
 */
public final class WrappedTextCell<S> extends TableCell<S, String> {
    private final Text text = new Text();

    public WrappedTextCell() {
        text.getStyleClass().add("text"); // as a plain cell's text, for styles such as a struck-out row's
        text.fontProperty().bind(fontProperty());
        text.fillProperty().bind(textFillProperty());
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /**
     * As tall as the text wrapped at its column's width. The row asks before the cell has its final width (and bold
     * milestone rows wrap into more lines), so the wrapping width is taken from the column, not from the cell.
     */
    @Override
    protected double computePrefHeight(double width) {
        wrapAt(getTableColumn() == null ? width : getTableColumn().getWidth());
        return snappedTopInset() + text.prefHeight(-1) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        wrapAt(getWidth());
        super.layoutChildren();
    }

    private void wrapAt(double cellWidth) {
        text.setWrappingWidth(Math.max(0, cellWidth - snappedLeftInset() - snappedRightInset()));
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        boolean blank = empty || item == null;
        text.setText(blank ? "" : item);
        setGraphic(blank ? null : text);
        setText(null);
    }
}
