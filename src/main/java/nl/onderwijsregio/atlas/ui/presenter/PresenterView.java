package nl.onderwijsregio.atlas.ui.presenter;

import javafx.animation.AnimationTimer;
import javafx.animation.FadeTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javafx.util.Duration;
import nl.onderwijsregio.atlas.core.export.ExportPictures;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.model.Theme;
import nl.onderwijsregio.atlas.core.render.MapPainter;
import nl.onderwijsregio.atlas.core.render.MapScene;
import nl.onderwijsregio.atlas.core.render.MapStyle;
import nl.onderwijsregio.atlas.core.render.Viewport;
import nl.onderwijsregio.atlas.core.summary.SectorOverview;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import nl.onderwijsregio.atlas.ui.map.Flight;
import org.locationtech.jts.geom.Envelope;

/**
 * What the audience sees: the map filling the screen, a large caption with the spotlighted region's
 * key figures, and the three sector maps side by side on request. Follows a {@link PresenterModel};
 * camera moves are {@link Flight}s painted frame by frame, or cuts under reduced motion.
 */
public final class PresenterView extends StackPane {

    /** Receives, per animation frame, the time since the previous frame and the paint time (nanoseconds). */
    public interface FrameListener {
        void frame(long intervalNanos, long paintNanos);
    }

    private final PresenterModel model;
    private final PresenterMap map = new PresenterMap();
    private final SmallMultiples multiplesPane = new SmallMultiples();
    private final Label header = new Label();
    private final PresenterCaption caption = new PresenterCaption();
    private final KeyHint hint;
    /** Covers everything while the screen is black (B, or the full stop a clicker sends). */
    private final StackPane black = new StackPane();
    private final ImageView fade = new ImageView();
    /** Header, caption, hint and credit, laid out for a full-HD screen and scaled to the real one. */
    private final StackPane overlay = new StackPane();
    private final Scale overlayScale = new Scale(1, 1, 0, 0);
    private final AnimationTimer timer;
    private Flight flight;
    private long lastFrame;
    private long lastPaint;
    private FrameListener frameListener = (i, p) -> { };

    /**
     * @param keysAtStart whether the keys show until the first step, as they do at the first start of a session
     */
    public PresenterView(PresenterModel model, boolean keysAtStart) {
        this.model = model;
        this.hint = new KeyHint(model, keysAtStart);
        getStyleClass().add("presenter");
        setId("presenter-view");
        map.setId("presenter-map");
        map.setComposeTimes(n -> lastPaint = n);
        map.setOnResize(() -> refresh(false));

        multiplesPane.setOnResize(this::paintMultiples);
        // Once: the counts are the atlas's, which a presentation does not change, and resizing repaints often.
        multiplesPane.describe(s -> {
            SectorOverview cover = SectorOverview.of(model.atlas(), s);
            return Messages.t("presenter.multiple.count", cover.regionsWithTerritory(), cover.inSeveralRegions(),
                    cover.uncovered().size());
        });

        header.setId("presenter-header");
        header.getStyleClass().add("presenter-header");
        header.textProperty().bind(model.headerProperty());
        Label credit = new Label(Messages.t("export.credit"));
        credit.getStyleClass().add("presenter-credit");
        fade.setMouseTransparent(true);
        fade.setManaged(false);
        black.getStyleClass().add("presenter-black");
        black.setId("presenter-black");
        black.visibleProperty().bind(model.blackProperty());

        overlay.getChildren().addAll(header, caption, hint, credit);
        overlay.setManaged(false);
        overlay.setPickOnBounds(false);
        overlay.getTransforms().add(overlayScale);
        getChildren().addAll(map, multiplesPane, fade, overlay, black);
        StackPane.setAlignment(header, Pos.TOP_LEFT);
        StackPane.setAlignment(caption, Pos.BOTTOM_LEFT);
        StackPane.setAlignment(hint, Pos.TOP_RIGHT);
        StackPane.setAlignment(credit, Pos.BOTTOM_RIGHT);

        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                step(now);
            }
        };

        model.indexProperty().addListener((o, a, b) -> {
            if (!model.switchingSector()) {
                refresh(true);
            }
        });
        model.themeProperty().addListener((o, a, b) -> refresh(true));
        model.layoutProperty().addListener((o, a, b) -> refresh(false));
        model.darkProperty().addListener((o, a, b) -> refresh(false));
        model.sectorProperty().addListener((o, a, b) -> {
            crossFade();
            refresh(false);
        });
        refresh(false);
    }

    /**
     * How much larger or smaller than on a full-HD screen the type stands: a caption sized for 1920×1080
     * would cover most of a 1024×768 projector and leave the spotlighted region a strip at the edge.
     * Not below 0.6, where the figures' labels would no longer read from the back of a hall.
     */
    static double typeScale(double w, double h) {
        if (w <= 0 || h <= 0) {
            return 1;
        }
        return Math.max(0.6, Math.min(2, Math.min(w / 1920, h / 1080)));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double f = typeScale(getWidth(), getHeight());
        overlayScale.setX(f);
        overlayScale.setY(f);
        overlay.resizeRelocate(0, 0, getWidth() / f, getHeight() / f);
        // Only on a change: a new style makes the pane apply its CSS again, at every layout pass.
        String type = String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", 16 * f);
        if (!type.equals(multiplesPane.getStyle())) {
            multiplesPane.setStyle(type);
        }
    }

    /** Shows a short notice where the keys stand, for a few seconds. */
    public void notice(String text) {
        hint.notice(text);
    }

    /** F1 or ?: the keys, or away with them. */
    public void toggleKeys() {
        hint.toggleKeys();
    }

    /** Whether the keys are on screen, for tests. */
    boolean keysShown() {
        return hint.keysShown();
    }

    public PresenterModel model() {
        return model;
    }

    public void setFrameListener(FrameListener listener) {
        this.frameListener = listener == null ? (i, p) -> { } : listener;
    }

    /** True while a camera move is under way. */
    public boolean isFlying() {
        return flight != null;
    }

    /** True while the picture of the sector left fades out over the new one. */
    public boolean isFading() {
        return fade.getImage() != null;
    }

    /** Whether nothing moves and every still on screen is painted: what a screenshot should wait for. */
    public boolean isSettled() {
        if (flight != null) {
            return false;
        }
        if (model.layoutProperty().get() == PresenterModel.Layout.SMALL_MULTIPLES) {
            return multiplesPane.isSettled();
        }
        return map.isSettled();
    }

    /** What the main map shows now, for tests. */
    MapScene mapScene() {
        return map.scene();
    }

    /** The main map's image on screen, for tests. */
    javafx.scene.image.ImageView mapImage() {
        return map.shown();
    }

    /** The viewport the main map shows now. */
    public Viewport viewport() {
        return map.camera();
    }

    private MapPainter painter() {
        return new MapPainter(model.geometry(), style());
    }

    private MapStyle style() {
        return model.darkProperty().get() ? MapStyle.dark() : MapStyle.light();
    }

    /** What the presenter's map shows: the sector, the spotlight, large lines and type for a hall. */
    private MapScene scene(Sector sector, Region r, Theme theme) {
        MapScene scene = MapScene.of(model.regionMaps(), sector).withStyle(style());
        // A slide of the region sets its name by the same rule (MapScene#withHallLabels), so it is as large as here.
        MapScene hall = scene.inHall(getHeight());
        if (theme != null) {
            return hall.withHighlighted(model.regionsWithCasesOn(theme)).withSpotlight(true);
        }
        // The whole country keeps the window's names (at the screen's pixel scale): in the large type one name fits,
        // and one region named out of 29 reads as if it mattered more.
        return r == null ? scene.withPixelScale(MapScene.hallPixelScale(getHeight()))
                : hall.withSelected(r.id()).withSpotlight(true);
    }

    private void refresh(boolean animate) {
        getStyleClass().removeAll("presenter-light", "presenter-dark");
        getStyleClass().add(model.darkProperty().get() ? "presenter-dark" : "presenter-light");
        boolean side = model.layoutProperty().get() == PresenterModel.Layout.SMALL_MULTIPLES;
        multiplesPane.setVisible(side);
        map.setVisible(!side);
        caption.setVisible(!side);
        header.setVisible(!side);
        hint.update();
        updateTexts();
        if (side) {
            paintMultiples();
            return;
        }
        Region r = model.current();
        MapScene scene = scene(model.sector(), r, model.themeProperty().get());
        map.setScene(painter(), scene);
        Viewport to = target(getWidth(), getHeight(), r, scene);
        if (to == null || !map.hasSize()) {
            return;
        }
        map.arriveAt(to);
        if (animate && !model.reducedMotionProperty().get() && map.camera() != null) {
            flight = Flight.of(map.camera(), to, System.nanoTime());
            lastFrame = 0;
            timer.start();
        } else {
            stopFlight();
            map.moveCamera(to);
            map.land();
            prefetchNeighbours();
        }
    }

    /**
     * Paints the stills of the previous and next steps while the audience looks at this one: after
     * a flight has landed, not during it, when painting would take the second core from the frames.
     */
    private void prefetchNeighbours() {
        if (model.themeProperty().get() != null) {
            return;
        }
        int i = model.indexProperty().get();
        for (int j : new int[] {i + 1, i - 1}) {
            if (j >= PresenterModel.OVERVIEW && j < model.order().size()) {
                Region r = j == PresenterModel.OVERVIEW ? null : model.order().get(j);
                MapScene s = scene(model.sector(), r, null);
                map.prefetch(s, target(getWidth(), getHeight(), r, s));
            }
        }
    }

    private void step(long now) {
        if (flight == null) {
            timer.stop();
            return;
        }
        Viewport v = flight.at(now);
        boolean done = flight.finishedAt(now);
        map.moveCamera(v, flight.progress(now));
        if (lastFrame != 0) {
            frameListener.frame(now - lastFrame, lastPaint);
        }
        lastFrame = now;
        if (done) {
            map.land();
            stopFlight();
            prefetchNeighbours();
        }
    }

    private void stopFlight() {
        flight = null;
        timer.stop();
    }

    /**
     * Where the camera should be: the spotlighted region (else the whole country) as large as it fits in
     * the screen left free by the header and the caption card, with a margin, never under the card.
     */
    private Viewport target(double w, double h, Region r, MapScene scene) {
        if (w <= 0 || h <= 0) {
            return null;
        }
        Envelope country = model.geometry().bounds();
        Envelope bounds = r == null ? country : ExportPictures.regionBounds(scene, r);
        if (bounds.isNull()) {
            bounds = country;
        }
        double margin = 36 * Math.max(1, h / 1080);
        return ExportPictures.fitClearOf(bounds, w, h, cardArea(w, h), headerBottom(), margin,
                Viewport.fit(country, w, h, 0).scale() * 9);
    }

    /**
     * The caption card on screen, rounded outward to steps of 64 px: captions of neighbouring steps
     * then usually reserve the same area, so the stills painted ahead for them are the ones needed.
     */
    Envelope cardArea(double w, double h) {
        if (!caption.isVisible()) {
            return null;
        }
        // Measured rather than read from the last layout pass: this runs while the texts have just
        // changed and before the pass that will place the card. The card's own sizes are full-HD ones.
        caption.applyCss();
        double f = typeScale(w, h);
        // The stack pane stretches the card to its maximum width (presenter.css), not its preferred one.
        double cw = caption.getMaxWidth() > 0 ? Math.min(w / f, caption.getMaxWidth()) : caption.prefWidth(-1);
        double ch = caption.prefHeight(cw);
        if (cw <= 0 || ch <= 0) {
            return null;
        }
        double left = (overlay.snappedLeftInset() + caption.getTranslateX()) * f;
        double bottom = h + (caption.getTranslateY() - overlay.snappedBottomInset()) * f;
        cw *= f;
        ch *= f;
        double step = 64;
        double right = Math.min(w, Math.ceil((left + cw) / step) * step);
        double top = Math.max(0, bottom - Math.ceil(ch / step) * step);
        return new Envelope(Math.max(0, left), right, top, Math.min(h, bottom));
    }

    private double headerBottom() {
        if (!header.isVisible()) {
            return 0;
        }
        header.applyCss();
        return (overlay.snappedTopInset() + header.prefHeight(-1)) * typeScale(getWidth(), getHeight());
    }

    /** The caption card's bounds on screen, for tests. */
    public javafx.geometry.Bounds captionBounds() {
        return overlay.localToParent(caption.getBoundsInParent());
    }

    private void paintMultiples() {
        if (model.layoutProperty().get() == PresenterModel.Layout.SMALL_MULTIPLES) {
            multiplesPane.paint(painter(), s -> MapScene.of(model.regionMaps(), s).withStyle(style()).withLabels(false),
                    model.geometry().bounds());
        }
    }

    private void crossFade() {
        if (model.reducedMotionProperty().get() || !map.isVisible() || map.camera() == null) {
            return;
        }
        fade.setImage(map.copyOfFrame());
        // in the screen's pixels, which on a screen at 200 % are twice the layout's
        fade.setFitWidth(map.getWidth());
        fade.setFitHeight(map.getHeight());
        fade.setOpacity(1);
        FadeTransition ft = new FadeTransition(Duration.millis(450), fade);
        ft.setFromValue(1);
        ft.setToValue(0);
        ft.setOnFinished(e -> fade.setImage(null));
        ft.play();
    }

    private void updateTexts() {
        Region r = model.current();
        Theme theme = model.themeProperty().get();
        if (theme != null) {
            caption.showTheme(theme, model.spotlight().size(), model.regionsElsewhereWithCasesOn(theme),
                    model.detouredFrom());
        } else if (r != null) {
            // One name size for the whole tour of the sector, as for a deck of slides: the size its longest name needs.
            caption.showRegion(ExportPictures.caption(r, scene(model.sector(), null, null), model.figureDoubts(r),
                    Messages.current().locale()).withHeadingStep(model.headingStep()));
        } else {
            caption.showOverview(model.sector(), model.order().size(),
                    SectorOverview.of(model.atlas(), model.sector()));
        }
    }

    /** The line under {@code sector}'s name in the side-by-side maps, for tests. */
    public String multiplesDescription(Sector sector) {
        return multiplesPane.description(sector);
    }

    /** Shown texts, for tests: heading. */
    public String headingText() {
        return caption.headingText();
    }
}
