package nl.onderwijsregio.atlas.core.model;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An onderwijsregio as one immutable value. Members are kept in published order, duplicates included,
 * because the validator must be able to see what was published.
 */
public record Region(
        String id,
        String displayName,
        String publishedName,
        Set<Sector> sectors,
        Scope scope,
        boolean voorloper,
        String voorloperNote,
        KeyFigures keyFigures,
        List<MemberRef> members,
        List<CaseStory> cases,
        List<Correction> corrections) {

    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        sectors = sectors.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sectors));
        scope = scope == null ? Scope.REGIONAL : scope;
        keyFigures = keyFigures == null ? KeyFigures.none() : keyFigures;
        members = MemberRefs.of(members);
        cases = List.copyOf(cases);
        corrections = List.copyOf(corrections);
    }

    public boolean serves(Sector sector) {
        return sectors.contains(sector);
    }

    /** Sectors in PO, VO, MBO order, for display and stable output. */
    public List<Sector> sectorsInOrder() {
        return sectors.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(sectors));
    }

    /** The distinct resolved member codes in published order; unmodifiable, worked out once per region. */
    public Set<String> memberCodes() {
        return ((MemberRefs) members).codes();
    }

    /**
     * How often each resolved code stands in the list as published, in its order: 2 for Vlieland in Friesland
     * Noordelijk Flevoland's, which the card prints twice; 1 for most.
     */
    public Map<String, Integer> timesListed() {
        Map<String, Integer> times = new LinkedHashMap<>();
        members.stream().filter(m -> m.code() != null).forEach(m -> times.merge(m.code(), 1, Integer::sum));
        return times;
    }

    /**
     * Whether the region has a place on a map: a national region has none, whatever it lists, and neither has a
     * regional one without a single resolved member. The others are listed beside the map instead.
     */
    public boolean hasTerritory() {
        return scope != Scope.NATIONAL && !memberCodes().isEmpty();
    }

    public boolean hasMember(String code) {
        return memberCodes().contains(code);
    }

    public Region withMembers(List<MemberRef> newMembers) {
        return new Region(id, displayName, publishedName, sectors, scope, voorloper, voorloperNote, keyFigures,
                newMembers, cases, corrections);
    }

    public Region withDisplayName(String name) {
        return new Region(id, name, publishedName, sectors, scope, voorloper, voorloperNote, keyFigures,
                members, cases, corrections);
    }

    public Region withSectors(Set<Sector> newSectors) {
        return new Region(id, displayName, publishedName, newSectors, scope, voorloper, voorloperNote, keyFigures,
                members, cases, corrections);
    }

    public Region withScope(Scope newScope) {
        return new Region(id, displayName, publishedName, sectors, newScope, voorloper, voorloperNote, keyFigures,
                members, cases, corrections);
    }

    public Region withVoorloper(boolean newVoorloper, String note) {
        return new Region(id, displayName, publishedName, sectors, scope, newVoorloper, note, keyFigures,
                members, cases, corrections);
    }

    public Region withKeyFigures(KeyFigures figures) {
        return new Region(id, displayName, publishedName, sectors, scope, voorloper, voorloperNote, figures,
                members, cases, corrections);
    }

    public Region withCases(List<CaseStory> newCases) {
        return new Region(id, displayName, publishedName, sectors, scope, voorloper, voorloperNote, keyFigures,
                members, newCases, corrections);
    }

    public Region withCorrections(List<Correction> newCorrections) {
        return new Region(id, displayName, publishedName, sectors, scope, voorloper, voorloperNote, keyFigures,
                members, cases, newCorrections);
    }

    @Override
    public String toString() {
        return displayName + " [" + id + "]";
    }
}
