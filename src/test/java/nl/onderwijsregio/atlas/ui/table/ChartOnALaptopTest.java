package nl.onderwijsregio.atlas.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import nl.onderwijsregio.atlas.core.summary.RegionColumn;
import nl.onderwijsregio.atlas.ui.InALaptopWideAtlas;
import nl.onderwijsregio.atlas.ui.LaptopWindow;
import nl.onderwijsregio.atlas.ui.TextSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.util.WaitForAsyncUtils;

/** The bar chart in Kaart en tabel, in a laptop's window 1024 pixels wide. */
class ChartOnALaptopTest extends InALaptopWideAtlas {

    /**
     * Even in normal type the figure box read "Le…" and the title "Leerlingen en studenten per …": the box was
     * squeezed to 120 pixels beside Sector, and the title kept to one line.
     */
    @ParameterizedTest
    @EnumSource(value = TextSize.class, names = {"NORMAL", "EXTRA_LARGE"})
    void theChosenFigureAndTheTitleReadWholeBesideTheMap(TextSize size) {
        interact(() -> {
            narrowToALaptop();
            app.state().textSizeProperty().set(size);
            app.table().viewModel().chartColumnProperty().set(RegionColumn.LEERLINGEN_STUDENTEN);
            app.table().viewProperty().set(TableFeature.View.SPLIT);
        });
        WaitForAsyncUtils.waitForFxEvents();

        ComboBox<?> figure = lookup("#chart-figure").queryComboBox();
        Labeled shown = (Labeled) ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) figure.getSkin()).getDisplayNode();
        assertEquals("Leerlingen en studenten", shown.getText());
        LaptopWindow.assertNothingShortened(shown.getParent(), size + ": the figure box");
        LaptopWindow.assertNothingShortened(lookup("#bar-chart .chart-controls").queryAs(Parent.class),
                size + ": the chart's controls");
        Labeled title = lookup("#bar-chart .chart-title").queryLabeled();
        assertEquals(title.getText(), ((javafx.scene.text.Text) title.lookup(".text")).getText(), size + ": the title");
        javafx.scene.Node view = lookup("#bar-chart .viewport").query();
        double viewEnd = view.localToScene(view.getLayoutBounds()).getMaxX();
        for (javafx.scene.Node n : lookup("#bar-chart .bar-value").queryAll()) {
            double end = n.localToScene(n.getLayoutBounds()).getMaxX();
            assertTrue(end <= viewEnd + 1, size + ": " + ((Labeled) n).getText() + " ends at " + end + ", past the chart at "
                    + viewEnd);
        }
    }
}
