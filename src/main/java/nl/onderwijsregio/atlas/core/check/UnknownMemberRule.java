package nl.onderwijsregio.atlas.core.check;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.text.CodeSuggestion;

/**
 * Rule 1: every member must name a municipality of the loaded edition. A code the edition does not know
 * is an error (the region would silently lose territory on the map), with the code probably meant where one
 * stands out (see {@link CodeSuggestion}); a member whose printed name was
 * never resolved to a code is a warning, because the dataset records it on purpose with a correction.
 */
public final class UnknownMemberRule implements Rule {

    public static final String UNKNOWN = "unknown-municipality";
    public static final String UNRESOLVED = "unresolved-member";

    @Override
    public List<String> ids() {
        return List.of(UNKNOWN, UNRESOLVED);
    }

    @Override
    public void check(CheckContext context, List<Finding> findings) {
        Map<String, String> names = null;
        for (Region region : context.atlas().regions()) {
            for (MemberRef member : region.members()) {
                String printed = member.publishedName() == null ? "" : member.publishedName();
                if (member.code() == null || member.code().isBlank()) {
                    findings.add(Finding.of(Severity.WARNING, UNRESOLVED, region.id(), null,
                            "check.unresolved-member", CheckContext.name(region), printed));
                } else if (!context.isKnown(member.code())) {
                    names = names != null ? names : context.atlas().municipalities().values().stream()
                            .collect(Collectors.toMap(Municipality::code, Municipality::name));
                    String meant = CodeSuggestion.meant(member.code(), printed, names.keySet(), names);
                    findings.add(meant == null
                            ? Finding.of(Severity.ERROR, UNKNOWN, region.id(), member.code(),
                                    "check.unknown-municipality", CheckContext.name(region), member.code(), printed)
                            : Finding.of(Severity.ERROR, UNKNOWN, region.id(), member.code(),
                                    "check.unknown-municipality.meant", CheckContext.name(region), member.code(),
                                    printed, CodeSuggestion.named(meant, names)));
                }
            }
        }
    }
}
