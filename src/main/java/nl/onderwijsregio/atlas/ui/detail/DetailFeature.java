package nl.onderwijsregio.atlas.ui.detail;

import java.util.function.Function;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import nl.onderwijsregio.atlas.core.model.AbcsLetter;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.ui.AtlasState;
import nl.onderwijsregio.atlas.ui.MainWindow;
import nl.onderwijsregio.atlas.ui.SummaryModel;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.themes.CaseTagNames;
import nl.onderwijsregio.atlas.ui.themes.ThemePanel;
import nl.onderwijsregio.atlas.ui.themes.ThemesViewModel;

/**
 * "Tell me about this region": installs the detail pane and the theme panel as tabs on the right.
 * Everything talks through {@link AtlasState}.
 */
public final class DetailFeature {

    private final SummaryModel summary;
    private final DetailViewModel detail;
    private final DetailPane detailPane;
    private final ThemesViewModel themes;
    private final TabPane tabs;

    private DetailFeature(MainWindow window, AtlasState state, Stage stage) {
        summary = state.summary();
        Function<AbcsLetter, String> abcsName = letter -> abcsName(state.atlas(), letter);
        detail = new DetailViewModel(state, summary);
        detailPane = new DetailPane(detail, abcsName);
        themes = new ThemesViewModel(state, summary);
        Tab regionTab = new Tab(Messages.t("detail.tab"), detailPane);
        regionTab.setId("tab-detail");
        Tab themeTab = new Tab(Messages.t("themes.tab"), new ThemePanel(themes, abcsName));
        themeTab.setId("tab-themes");
        themes.shownProperty().bind(themeTab.selectedProperty());
        tabs = new TabPane(regionTab, themeTab) {
            /**
             * No narrower than the detail pane's own least width, which grows with the text size: a fixed least width
             * let the window place its divider where the pane, at Extra groot, ran past the window's right edge.
             */
            @Override
            protected double computeMinWidth(double height) {
                return Math.max(DetailPane.WIDTH * 0.7,
                        snappedLeftInset() + detailPane.minWidth(-1) + snappedRightInset());
            }
        };
        tabs.setId("detail-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefWidth(DetailPane.WIDTH);
        window.setRightPane(tabs);
        state.selectedRegionIdProperty().addListener((obs, old, id) -> {
            if (id != null) {
                tabs.getSelectionModel().select(regionTab);
            }
        });
        state.keyboardToDetailsProperty().addListener((obs, old, count) -> {
            if (state.selectedRegionIdProperty().get() != null) {
                tabs.getSelectionModel().select(regionTab);
                detailPane.focusTitle();
            }
        });
        window.sceneProperty().addListener((obs, old, scene) -> addStylesheet(scene));
        addStylesheet(window.getScene());
    }

    /** Installs the feature into the window; returns it so tests can reach its parts. */
    public static DetailFeature install(MainWindow window, AtlasState state, Stage stage) {
        return new DetailFeature(window, state, stage);
    }

    private static void addStylesheet(javafx.scene.Scene scene) {
        if (scene != null) {
            String css = DetailFeature.class.getResource("/css/detail.css").toExternalForm();
            if (!scene.getStylesheets().contains(css)) {
                scene.getStylesheets().add(css);
            }
        }
    }

    /** The letter with its name, for a chip's tooltip. */
    private static String abcsName(Atlas atlas, AbcsLetter letter) {
        return Messages.t("detail.abcs.named", letter.name(), CaseTagNames.letter(atlas, letter));
    }

    public DetailViewModel detail() {
        return detail;
    }

    public DetailPane detailPane() {
        return detailPane;
    }

    public ThemesViewModel themes() {
        return themes;
    }

    public TabPane tabs() {
        return tabs;
    }

    public SummaryModel summary() {
        return summary;
    }
}
