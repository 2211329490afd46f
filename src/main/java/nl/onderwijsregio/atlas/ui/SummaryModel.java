package nl.onderwijsregio.atlas.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.onderwijsregio.atlas.core.check.Finding;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.summary.AtlasSummary;

/**
 * The {@link AtlasSummary} of the current atlas, shared by the detail pane, the table and the themes
 * through {@link AtlasState#summary()}, and the validator's findings on it (read from the one
 * {@link FindingsModel}, never validated here).
 *
 * <p>The summary is rebuilt on every new snapshot (edits included), which is cheap. Its "neighbouring
 * regions" need the border graph, which the shared {@link BorderGraph} provides a moment after start-up
 * (see there why it waits): until then the pane shows overlaps but no neighbours.
 */
public final class SummaryModel {

    private final ObjectProperty<AtlasSummary> summary = new SimpleObjectProperty<>(this, "summary");
    private final ObjectProperty<List<Finding>> findings = new SimpleObjectProperty<>(this, "findings");
    private final AtlasState state;
    private final BorderGraph borders;

    public SummaryModel(AtlasState state) {
        this.state = state;
        FindingsModel shared = state.findings();
        this.borders = shared.borders();
        findings.set(shared.report().findings());
        shared.reportProperty().addListener((obs, old, report) -> findings.set(report.findings()));
        state.atlasProperty().addListener((obs, old, atlas) -> update());
        borders.fittedProperty().addListener((obs, old, fitted) -> update());
        update();
    }

    public ReadOnlyObjectProperty<AtlasSummary> summaryProperty() {
        return summary;
    }

    public AtlasSummary summary() {
        return summary.get();
    }

    /** The validator's findings on the newest atlas validated; empty until the first run finishes. */
    public ReadOnlyObjectProperty<List<Finding>> findingsProperty() {
        return findings;
    }

    private void update() {
        Atlas atlas = state.atlas();
        summary.set(atlas == null ? null : new AtlasSummary(atlas, borders.graphFor(atlas)));
    }
}
