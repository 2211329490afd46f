package nl.onderwijsregio.atlas.ui.detail;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.onderwijsregio.atlas.ui.LongTooltip;
import nl.onderwijsregio.atlas.ui.OneTabStop;
import nl.onderwijsregio.atlas.ui.i18n.Messages;

/**
 * The municipalities of the verzorgingsgebied: one row each (name, province, overlap chip), the rows
 * that share a correction under one note that tells it once. A row highlights its municipality on the
 * map while pointed at or focused, and flies there when clicked or chosen with Enter or Space.
 * <p>
 * The list is one stop for Tab ({@link OneTabStop}): each row a stop, Zwolle en omgeving's 31 municipalities
 * stood between a keyboard user and its cases.
 */
final class MemberList extends VBox {

    /** Rows that Page Up and Page Down move: about what the pane shows of the list on a laptop. */
    static final int PAGE = 10;

    private final DetailViewModel vm;
    private final OneTabStop tabStop = new OneTabStop(this, PAGE);

    MemberList(DetailViewModel vm) {
        this.vm = vm;
        setId("detail-members");
        getStyleClass().add("member-list");
        vm.memberGroups().addListener((ListChangeListener<DetailViewModel.MemberGroup>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        List<Node> rows = new ArrayList<>();
        for (DetailViewModel.MemberGroup g : vm.memberGroups()) {
            if (!g.note().isEmpty()) {
                getChildren().add(note(g.note(), "member-group-note"));
            }
            for (DetailViewModel.MemberItem m : g.members()) {
                // The note is no stop of its own: the group's first row says it after itself.
                boolean first = m == g.members().get(0) && !g.note().isEmpty();
                Node row = row(m, first ? Messages.t("detail.member.accessibleMore", m.accessibleText(), g.note())
                        : m.accessibleText());
                rows.add(row);
                getChildren().add(row);
            }
        }
        tabStop.setParts(rows);
    }

    private static Label note(String text, String... styles) {
        Label note = new Label(text);
        note.getStyleClass().addAll(styles);
        note.setWrapText(true);
        note.setMinWidth(0);
        return note;
    }

    private Node row(DetailViewModel.MemberItem m, String accessibleText) {
        Label name = new Label(m.name());
        name.getStyleClass().add("member-name");
        name.setMinWidth(Control.USE_PREF_SIZE);
        Label province = new Label(m.province());
        province.getStyleClass().add("member-province");
        province.setMinWidth(Control.USE_PREF_SIZE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox line = new HBox(6, name, province, spring);
        if (m.overlapCount() > 0) {
            // Where a long name leaves too little room, the chip takes two lines rather than cut the
            // province short ("Sint-Michielsgestel Noord-Br…"): both are facts, neither is cut.
            Label overlap = new Label(m.overlapText());
            overlap.getStyleClass().add("member-overlap");
            overlap.setWrapText(true);
            overlap.setMinWidth(0);
            overlap.setTooltip(LongTooltip.of(m.overlapDetail()));
            line.getChildren().add(overlap);
        }
        VBox row = new VBox(1, line);
        if (!m.publishedText().isEmpty()) {
            row.getChildren().add(note(m.publishedText(), "member-published"));
        }
        if (!m.doubt().isEmpty()) {
            // On the row itself: Katwijk far from the rest of Rotterdam (vo/mbo) must not read as any other member.
            row.getChildren().add(note(m.doubt(), "detail-caveat", "detail-caveat-box", "member-doubt"));
        }
        row.getStyleClass().add("member-row");
        row.setId("member-" + m.code());
        row.setAccessibleRole(AccessibleRole.TEXT);
        row.setAccessibleText(accessibleText);
        Tooltip.install(row, new Tooltip(Messages.t("detail.member.tip", m.name())));
        row.setOnMouseEntered(e -> vm.hover(m.code()));
        row.setOnMouseExited(e -> vm.hover(null));
        row.focusedProperty().addListener((obs, o, focused) -> vm.hover(focused ? m.code() : null));
        row.setOnMouseClicked(e -> vm.focusMunicipality(m.code()));
        row.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                vm.focusMunicipality(m.code());
                e.consume();
            }
        });
        return row;
    }
}
