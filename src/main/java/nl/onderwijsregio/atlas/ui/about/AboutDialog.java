package nl.onderwijsregio.atlas.ui.about;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.onderwijsregio.atlas.ui.AtlasLogging;
import nl.onderwijsregio.atlas.ui.DialogOwners;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/** Help › About: version, our licence, the licences of what we build on, and where the data comes from. */
public final class AboutDialog extends Dialog<Void> {

    /** A library or data source, its licence (as an SPDX expression, the same in every language), and its edition. */
    record Credit(String name, String licence) {
    }

    static final List<Credit> LIBRARIES = List.of(
            new Credit("Gluon Maps 2.0.0-ea+6", "GPL-3.0"),
            new Credit("OpenJFX 21", "GPL-2.0-only WITH Classpath-exception-2.0"),
            new Credit("H2GIS 2.2.5 / H2", "LGPL-3.0 / MPL-2.0, EPL-1.0"),
            new Credit("JTS Topology Suite 1.20", "EPL-2.0 / EDL-1.0"),
            new Credit("Jackson 2.17", "Apache-2.0"),
            new Credit("Apache PDFBox 3.0", "Apache-2.0"),
            new Credit("SLF4J", "MIT"));

    public AboutDialog(Window owner) {
        DialogOwners.ownedIfShowing(this, owner);
        setTitle(Messages.t("settings.about.title"));
        setHeaderText(Messages.t("app.title") + " " + AppVersion.get());
        getDialogPane().setId("about-dialog");
        getDialogPane().getButtonTypes().add(nl.onderwijsregio.atlas.ui.DialogButtons.close());

        Label version = new Label(Messages.t("settings.about.version", AppVersion.get(),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "21")));
        version.setId("about-version");
        Label licence = new Label(Messages.t("settings.about.licence"));
        licence.setId("about-licence");
        licence.setWrapText(true);

        List<Credit> credits = new ArrayList<>(LIBRARIES);
        // No SPDX expression says the export font's licence (Vera's, with DejaVu's changes public domain): worded.
        credits.add(new Credit(Messages.t("settings.about.library.dejavu"),
                Messages.t("settings.about.library.dejavu.licence")));
        GridPane libraries = table("about-libraries", credits);
        GridPane sources = table("about-sources", List.of(
                new Credit(Messages.t("settings.about.source.cbs"), Messages.t("settings.about.source.cbs.licence")),
                new Credit(Messages.t("settings.about.source.amr"), Messages.t("settings.about.source.cbs.licence")),
                new Credit(Messages.t("settings.about.source.ne"), Messages.t("settings.about.source.ne.licence")),
                new Credit(Messages.t("settings.about.source.rsw"), Messages.t("settings.about.source.rsw.licence")),
                new Credit(Messages.t("settings.about.source.evaluation"),
                        Messages.t("settings.about.source.evaluation.licence"))));

        Label log = new Label(Messages.t("settings.about.log", AtlasLogging.logFolder()));
        log.setWrapText(true);
        Label thirdParty = new Label(Messages.t("settings.about.thirdParty", thirdPartyNotice()));
        thirdParty.setId("about-third-party");
        thirdParty.setWrapText(true);
        VBox content = new VBox(10, version, licence,
                heading("settings.about.libraries"), libraries, thirdParty,
                heading("settings.about.sources"), sources, log);
        content.setPadding(new Insets(4, 8, 4, 8));
        content.setPrefWidth(560);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        getDialogPane().setContent(scroll);
        ScrollingByKeys.install(getDialogPane(), scroll);
    }

    /**
     * The notice naming every part of others the atlas carries with its licence, of which the table above shows
     * the main ones: beside the installed atlas's data ({@code atlas.app.dir}), else in the source tree.
     */
    static Path thirdPartyNotice() {
        String appDir = System.getProperty("atlas.app.dir");
        Path installed = appDir == null || appDir.isBlank() ? null : Path.of(appDir, "THIRD-PARTY.md");
        return installed != null && Files.isRegularFile(installed)
                ? installed : Path.of("packaging", "THIRD-PARTY.md").toAbsolutePath();
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.t(key));
        l.getStyleClass().add("about-heading");
        return l;
    }

    private static GridPane table(String id, List<Credit> credits) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.setHgap(16);
        grid.setVgap(3);
        // Fixed shares, so a long licence note wraps in a readable column instead of a sliver.
        ColumnConstraints what = new ColumnConstraints();
        what.setPercentWidth(58);
        ColumnConstraints licence = new ColumnConstraints();
        licence.setPercentWidth(42);
        grid.getColumnConstraints().addAll(what, licence);
        for (int i = 0; i < credits.size(); i++) {
            Label name = new Label(credits.get(i).name());
            name.setWrapText(true);
            Label lic = new Label(credits.get(i).licence());
            lic.setWrapText(true);
            GridPane.setValignment(name, VPos.TOP);
            GridPane.setValignment(lic, VPos.TOP);
            grid.addRow(i, name, lic);
        }
        return grid;
    }
}
