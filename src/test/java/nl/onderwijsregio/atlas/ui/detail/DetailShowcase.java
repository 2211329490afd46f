package nl.onderwijsregio.atlas.ui.detail;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.ui.AtlasApp;
import nl.onderwijsregio.atlas.ui.MainWindow;
import nl.onderwijsregio.atlas.ui.table.TableFeature;

/**
 * The real app on the real data with a region already selected, to look at the detail pane under Xvfb:
 * {@code -Dshowcase.region=zwolle-en-omgeving -Dshowcase.view=SPLIT -Dshowcase.tab=1 -Dshowcase.scroll=1
 * -Dshowcase.theme=invalpools -Dshowcase.lang=en -Dshowcase.sector=PO
 * -Dshowcase.sheet=settings-dark}.
 */
public class DetailShowcase extends AtlasApp {

    /** The main class must not be the Application itself when JavaFX sits on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(DetailShowcase.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        if ("en".equals(System.getProperty("showcase.lang"))) {
            nl.onderwijsregio.atlas.ui.i18n.Messages.use(nl.onderwijsregio.atlas.ui.i18n.Messages.ENGLISH);
        }
        super.start(stage);
        stage.setWidth(1600);
        stage.setHeight(1000);
        stage.setX(0);
        stage.setY(0);
        state().atlasProperty().addListener((obs, o, atlas) -> Platform.runLater(() -> {
            String sheet = System.getProperty("showcase.sheet");
            if (sheet != null && !"none".equals(sheet)) {
                stage.getScene().getStylesheets().add(
                        DetailShowcase.class.getResource("/css/" + sheet + ".css").toExternalForm());
            }
            String sector = System.getProperty("showcase.sector");
            if (sector != null) {
                state().sectorProperty().set(nl.onderwijsregio.atlas.core.model.Sector.valueOf(sector));
            }
            state().selectedRegionIdProperty().set(System.getProperty("showcase.region", "zwolle-en-omgeving"));
            MainWindow w = window();
            TabPaneFinder.find(w).ifPresent(tabs -> tabs.getSelectionModel()
                    .select(Integer.getInteger("showcase.tab", 0)));
            String scroll = System.getProperty("showcase.scroll");
            if (scroll != null) {
                var later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
                later.setOnFinished(e -> ((javafx.scene.control.ScrollPane) w.lookup("#detail-scroll"))
                        .setVvalue(Double.parseDouble(scroll)));
                later.play();
            }
            String theme = System.getProperty("showcase.theme");
            if (theme != null) {
                var toggle = (javafx.scene.control.ToggleButton) w.lookup("#theme-" + theme);
                if (toggle != null) {
                    toggle.fire();
                }
            }
            String view = System.getProperty("showcase.view");
            if (view != null) {
                table().viewProperty().set(TableFeature.View.valueOf(view));
            }
        }));
    }

    /** Finds the feature's parts in the window without widening their API for a look-around tool. */
    static final class TabPaneFinder {
        static java.util.Optional<javafx.scene.control.TabPane> find(MainWindow w) {
            return java.util.Optional.ofNullable((javafx.scene.control.TabPane) w.lookup("#detail-tabs"));
        }
    }
}
