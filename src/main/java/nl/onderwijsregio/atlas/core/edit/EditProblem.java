package nl.onderwijsregio.atlas.core.edit;

import java.util.Locale;

/**
 * Why an edit was refused. The core names the reason; the words are in the editor's bundles under
 * {@link #key()}, so a Dutch editor reads Dutch and the core stays free of any language.
 */
public enum EditProblem {

    /** Argument: the code. */
    NO_SUCH_MUNICIPALITY,
    /** Argument: the region id. */
    NO_SUCH_REGION,
    /** Argument: the region id. */
    REGION_EXISTS,
    REGION_NEEDS_NAME,
    /** Argument: the name of the region that already has it. */
    REGION_NAME_TAKEN,
    EMPTY_STROKE,
    /** Argument: the value. */
    NEGATIVE_FIGURE,
    CASE_NEEDS_TITLE,
    CASE_NEEDS_SUMMARY,
    /** Arguments: the region's name, the case id. */
    NO_SUCH_CASE,
    NOTHING_TO_REORGANISE,
    /** Arguments: the old municipality's name, its code, the region's name. */
    SUCCESSOR_MISSING,
    /** Argument: the codes passed, e.g. "GM1773 → GM0150 → GM1773". */
    SUCCESSORS_IN_A_CIRCLE,
    /** A value the region itself refuses. */
    INVALID_VALUE;

    /** The bundle key, e.g. {@code editor.problem.region-needs-name} for {@link #REGION_NEEDS_NAME}. */
    public String key() {
        return "editor.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
