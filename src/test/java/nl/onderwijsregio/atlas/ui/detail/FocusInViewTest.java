package nl.onderwijsregio.atlas.ui.detail;

import static nl.onderwijsregio.atlas.core.summary.SummaryFixtures.ZWOLLE_REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import nl.onderwijsregio.atlas.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * What the keyboard focus lands on in the detail pane and the themes is in view, with what belongs to it, on a
 * window as low as a laptop's at a large text size; Page Down turns a page.
 */
class FocusInViewTest extends FxRobot {

    /** Low enough that Zwolle en omgeving's detail pane scrolls well before its cases. */
    private static final double LOW_WINDOW = 460;
    private static DetailFixture fx;
    private double height;

    @BeforeAll
    static void start() throws Exception {
        Messages.use(Messages.DUTCH);
        fx = DetailFixture.start();
    }

    @BeforeEach
    void aLowWindowShowingZwolle() {
        height = fx.stage.getHeight();
        DetailFixture.run(() -> {
            fx.feature.tabs().getSelectionModel().select(0);
            fx.stage.setHeight(LOW_WINDOW);
        });
        fx.select(ZWOLLE_REGION);
        DetailFixture.run(() -> detailScroll().setVvalue(0));
    }

    @AfterEach
    void restore() {
        DetailFixture.run(() -> {
            fx.feature.themes().clear();
            fx.feature.tabs().getSelectionModel().select(0);
            fx.stage.setHeight(height);
        });
        fx.select(null);
    }

    @Test
    void tabbingToTheOpleidersFigureBringsTheLineNamingItsSourceIntoView() {
        Node mboTile = lookup("#figure-mboInstellingen").query().getParent();
        Node opleidersTile = lookup("#figure-opleiders").query().getParent();
        Node source = lookup("#detail-figure-source").query();
        DetailFixture.run(mboTile::requestFocus);
        type(KeyCode.TAB);
        assertSame(opleidersTile, focusOwner());
        assertShownWhole(detailScroll(), opleidersTile, "the tile");
        assertShownWhole(detailScroll(), source, "the source line the tile's focus fills");
    }

    @Test
    void enterOnLeesMeerScrollsTheExpandedCaseIntoViewWithMinderStillInSight() {
        Node toggle = lookup("#case-zwolle-invalpool .case-toggle").query();
        clickOn("#detail-title");
        DetailFixture.run(() -> {
            toggle.requestFocus();
            fx.feature.detailPane().ensureVisible(toggle);
        });
        assertShownWhole(detailScroll(), toggle, "Lees meer, reached");
        type(KeyCode.ENTER);
        assertEquals("Minder", ((javafx.scene.control.Hyperlink) toggle).getText());
        assertShownWhole(detailScroll(), lookup("#case-zwolle-invalpool .case-source").query(), "the source the case now names");
        assertShownWhole(detailScroll(), toggle, "Minder, which has the focus");
    }

    @Test
    void pageDownTurnsAboutAPageOfTheDetailPane() {
        ScrollPane scroll = detailScroll();
        DetailFixture.run(() -> lookup("#detail-copy-text").query().requestFocus());
        type(KeyCode.PAGE_DOWN);
        double hidden = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        double moved = scroll.getVvalue() * hidden;
        double page = scroll.getViewportBounds().getHeight();
        assertTrue(moved > page * 0.75 || scroll.getVvalue() == 1, "moved " + moved + " px of a " + page + " px page");
        type(KeyCode.PAGE_UP);
        assertEquals(0, scroll.getVvalue(), 1e-9, "Page Up: back at the title");
    }

    @Test
    void afterChoosingInvalpoolsTabToMarkeringWissenShowsTheThemesIntroductionWithIt() {
        DetailFixture.run(() -> fx.feature.tabs().getSelectionModel().select(1));
        ScrollPane themes = lookup("#theme-panel").queryAs(ScrollPane.class);
        Node invalpools = lookup("#theme-invalpools").query();
        DetailFixture.run(invalpools::requestFocus);
        type(KeyCode.SPACE);
        type(KeyCode.TAB);
        assertSame(lookup("#theme-clear").query(), focusOwner());
        assertShownWhole(themes, lookup(".theme-intro").query(), "Regio's delen invallers.");
        assertShownWhole(themes, lookup("#theme-clear").query(), "Markering wissen");
    }

    private ScrollPane detailScroll() {
        return lookup("#detail-scroll").queryAs(ScrollPane.class);
    }

    private Node focusOwner() {
        return fx.stage.getScene().getFocusOwner();
    }

    private static void assertShownWhole(ScrollPane scroll, Node node, String what) {
        Node viewport = scroll.lookup(".viewport");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        Bounds b = node.localToScene(node.getLayoutBounds());
        assertTrue(b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5,
                what + " lies at " + b.getMinY() + "–" + b.getMaxY() + ", the view shows " + view.getMinY() + "–" + view.getMaxY());
    }
}
