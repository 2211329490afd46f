package nl.onderwijsregio.atlas.core.check;

import java.util.List;

/** One check over an atlas snapshot. Rules are pure: same snapshot, same findings. */
public interface Rule {

    /** The rule ids this rule can report, for report headings and filters. */
    List<String> ids();

    /** Adds what this rule finds in {@code context} to {@code findings}. */
    void check(CheckContext context, List<Finding> findings);
}
