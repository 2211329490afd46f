package nl.onderwijsregio.atlas.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.onderwijsregio.atlas.core.model.Atlas;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Municipality;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.Scope;
import nl.onderwijsregio.atlas.core.model.Sector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled dataset says "as published": this test is why. It reads the publication's text itself
 * ({@link PublishedCards}) and holds every card against the region with the same published name:
 * figures unchanged, every printed municipality name kept beside its code, and every place where we
 * read something other than what was printed recorded as a correction. The last tests spoil a copy
 * of the data to show each check notices.
 */
class DatasetFidelityTest {

    private static final Pattern SUFFIX = Pattern.compile("\\(([a-zA-Z/]+)\\)$");

    private static Atlas atlas;
    private static List<PublishedCards.Card> cards;

    @BeforeAll
    static void load() throws Exception {
        atlas = TestData.bundledAtlas();
        cards = PublishedCards.read();
    }

    @Test
    void thePublicationHas49CardsAndTheDatasetLoads49RegionsOnTheRealBoundaries() {
        assertEquals(49, cards.size());
        assertEquals(49, atlas.regions().size());
        assertEquals(342, atlas.municipalities().size());
        cards.forEach(card -> assertEquals(5, card.figures().size(), card.name() + ": five figures per card"));
    }

    @Test
    void everyPublishedFigureIsInTheDatasetUnchanged() {
        assertEquals(List.of(), figureDifferences(atlas));
    }

    @Test
    void everyPrintedNameIsKeptBesideItsCodeOrCorrected() {
        assertEquals(List.of(), nameProblems(atlas));
    }

    @Test
    void sectorsDisagreeingWithTheNameSuffixOrTheFiguresAreRecorded() {
        assertEquals(List.of(), sectorProblems(atlas));
    }

    @Test
    void cardsWithoutMunicipalityListKeepAnEmptyTerritoryAndSaySo() {
        List<String> withoutList = new ArrayList<>();
        for (PublishedCards.Card card : cards) {
            if (card.territory().isEmpty()) {
                Region region = regionPublishedAs(atlas, card.name());
                withoutList.add(region.id());
                assertTrue(region.members().isEmpty(), region.id());
                assertEquals(Scope.NATIONAL, region.scope(), region.id());
                assertTrue(region.corrections().stream().anyMatch(c -> c.field().equals("territory")), region.id());
            }
        }
        assertEquals(List.of("koerskracht", "progressus", "landelijk-groen-onderwijs"), withoutList);
    }

    @Test
    void bergenIsTheOneThatFitsTheRestOfTheRegion() {
        assertEquals("GM0373", codeOf("noorderwijs", "Bergen"), "Noorderwijs lies around Alkmaar: Bergen (NH.)");
        assertEquals("GM0373", codeOf("hollands-noorden", "Bergen"));
        assertEquals("GM0893", codeOf("brabant-oost-vo-mbo", "Bergen"), "beside Gennep and Land van Cuijk: Bergen (L.)");
        assertEquals("GM0893", codeOf("brabant-oost-po", "Bergen"));
    }

    @Test
    void mboNoordNederlandPrintsThreeProvincesAndCoversAllTheirMunicipalities() {
        Region region = atlas.region("mbo-noord-nederland").orElseThrow();
        Set<String> provinces = region.memberCodes().stream()
                .map(code -> atlas.municipality(code).orElseThrow().province()).collect(Collectors.toSet());
        assertEquals(Set.of("Groningen", "Fryslân", "Drenthe"), provinces);
        long inThoseProvinces = atlas.municipalities().values().stream()
                .filter(m -> provinces.contains(m.province())).count();
        assertEquals(inThoseProvinces, region.memberCodes().size());
        assertEquals(3, region.corrections().stream().filter(c -> c.field().equals("members")).count());
    }

    @Test
    void aChangedFigureIsNoticed() {
        Region zwolle = atlas.region("zwolle-en-omgeving").orElseThrow();
        Atlas spoilt = atlas.withRegion(zwolle.withKeyFigures(zwolle.keyFigures().with(KeyFigure.LEERLINGEN_STUDENTEN, 144053L)));
        assertEquals(List.of("Onderwijsregio Zwolle en omgeving leerlingenStudenten: printed 144052, dataset 144053"),
                figureDifferences(spoilt));
    }

    @Test
    void aSilentlyDroppedDuplicateAndAnUnrecordedResolutionAreNoticed() {
        Region rijnmond = atlas.region("rijnmond").orElseThrow();
        List<MemberRef> once = new ArrayList<>(rijnmond.members());
        once.remove(once.lastIndexOf(new MemberRef("GM0489", "Barendrecht")));
        Region tao = atlas.region("twente-achterhoek-oost-salland").orElseThrow();
        Atlas spoilt = atlas.withRegion(rijnmond.withMembers(once)).withRegion(tao.withCorrections(
                tao.corrections().stream().filter(c -> !"Hengelo".equals(c.published())).toList()));
        assertEquals(List.of(
                "Twente, Achterhoek, Oost-Salland: 'Hengelo' resolved to GM0164 Hengelo (O.) without a correction",
                "Onderwijsregio Rijnmond: 'Barendrecht' printed 2x, kept 1x"), nameProblems(spoilt));
    }

    @Test
    void anUnrecordedSectorChoiceIsNoticed() {
        Region leiden = atlas.region("leiden-duin-bollenstreek-vo-mbo").orElseThrow();
        Atlas spoilt = atlas.withRegion(leiden.withCorrections(List.of()));
        assertEquals(1, sectorProblems(spoilt).size());
    }

    @Test
    void aMemberResolvedToAnotherCodeThanItsCorrectionNamesIsCaught() {
        // "Hengelo" was corrected to GM0164 Hengelo (O.); kept as GM0153 Enschede, the correction no longer holds.
        Region twente = atlas.region("twente-achterhoek-oost-salland").orElseThrow();
        List<MemberRef> members = twente.members().stream()
                .map(m -> "Hengelo".equals(m.publishedName()) ? new MemberRef("GM0153", "Hengelo") : m).toList();
        Atlas spoilt = atlas.withRegion(twente.withMembers(members));
        assertEquals(1, nameProblems(spoilt).size(), nameProblems(spoilt).toString());
    }

    private static List<String> figureDifferences(Atlas atlas) {
        List<String> wrong = new ArrayList<>();
        for (PublishedCards.Card card : cards) {
            Region region = regionPublishedAs(atlas, card.name());
            for (KeyFigure f : KeyFigure.values()) {
                Long printed = card.figures().get(f);
                var value = region.keyFigures().get(f);
                Long ours = value.isPresent() ? value.getAsLong() : null;
                if (!Objects.equals(printed, ours)) {
                    wrong.add(card.name() + " " + f.jsonKey() + ": printed " + printed + ", dataset " + ours);
                }
            }
        }
        return wrong;
    }

    /**
     * Each printed name must be kept at least as often as printed (duplicates are kept for the validator),
     * unless a correction says it could not be resolved. More members than printed (a province) and a
     * code whose CBS name differs from the printed one both need a correction naming the printed text.
     */
    private static List<String> nameProblems(Atlas atlas) {
        List<String> wrong = new ArrayList<>();
        for (PublishedCards.Card card : cards) {
            Region region = regionPublishedAs(atlas, card.name());
            Set<String> corrected = region.corrections().stream().filter(c -> c.field().equals("members"))
                    .map(Correction::published).collect(Collectors.toSet());
            Map<String, Long> printed = card.territory().stream()
                    .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            Map<String, Long> kept = region.members().stream().filter(m -> m.publishedName() != null)
                    .collect(Collectors.groupingBy(MemberRef::publishedName, Collectors.counting()));
            printed.forEach((name, times) -> {
                long members = kept.getOrDefault(name, 0L);
                if (members < times && !unresolvable(region, name)) {
                    wrong.add(card.name() + ": '" + name + "' printed " + times + "x, kept " + members + "x");
                }
                if (members > times && !corrected.contains(name)) {
                    wrong.add(card.name() + ": '" + name + "' expanded to " + members + " members without a correction");
                }
            });
            kept.keySet().stream().filter(name -> !printed.containsKey(name))
                    .forEach(name -> wrong.add(card.name() + ": member '" + name + "' is not printed on the card"));
            for (MemberRef m : region.members()) {
                String cbsName = atlas.municipality(m.code()).map(Municipality::name).orElse(null);
                if (m.publishedName() != null && !m.publishedName().equals(cbsName)
                        && !corrected.contains(m.publishedName())) {
                    wrong.add(card.name() + ": '" + m.publishedName() + "' resolved to " + m.code() + " " + cbsName
                            + " without a correction");
                } else if (m.publishedName() != null && corrected.contains(m.publishedName())
                        && !namesCode(region, m.publishedName(), m.code())) {
                    wrong.add(card.name() + ": '" + m.publishedName() + "' kept as " + m.code() + " " + cbsName
                            + ", but its correction names another municipality");
                }
            }
        }
        return wrong;
    }

    /** Whether a correction of the printed {@code name} names {@code code} as (one of) what it was resolved to. */
    private static boolean namesCode(Region region, String name, String code) {
        return region.corrections().stream().filter(c -> c.field().equals("members") && c.published().equals(name))
                .anyMatch(c -> c.value() != null && c.value().contains(code));
    }

    /** Sectors must follow the figures (boards or institutions > 0) and the name suffix, or say why not. */
    private static List<String> sectorProblems(Atlas atlas) {
        List<String> wrong = new ArrayList<>();
        for (PublishedCards.Card card : cards) {
            Region region = regionPublishedAs(atlas, card.name());
            Set<Sector> fromFigures = EnumSet.noneOf(Sector.class);
            for (KeyFigure f : KeyFigure.values()) {
                if (f.impliedSector() != null && card.figures().getOrDefault(f, 0L) > 0) {
                    fromFigures.add(f.impliedSector());
                }
            }
            Set<String> named = new TreeSet<>();
            Matcher m = SUFFIX.matcher(card.name());
            if (m.find()) {
                List<String> tokens = List.of(m.group(1).toUpperCase(Locale.ROOT).split("/"));
                // "(ZOR)" is an abbreviation, "(po/go)" a sector suffix with a typo in it
                if (tokens.stream().anyMatch(t -> Sector.parse(t).isPresent())) {
                    named.addAll(tokens);
                }
            }
            Set<String> chosen = region.sectors().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
            boolean agrees = fromFigures.equals(region.sectors()) && (named.isEmpty() || named.equals(chosen));
            boolean recorded = region.corrections().stream().anyMatch(c -> c.field().equals("sectors"));
            if (!agrees && !recorded) {
                wrong.add(card.name() + ": figures say " + fromFigures + ", name says " + named + ", dataset " + chosen);
            }
        }
        return wrong;
    }

    private static String codeOf(String regionId, String printed) {
        Region region = atlas.region(regionId).orElseThrow();
        return region.members().stream().filter(m -> printed.equals(m.publishedName()))
                .map(MemberRef::code).findFirst().orElse(null);
    }

    private static boolean unresolvable(Region region, String name) {
        return region.corrections().stream()
                .anyMatch(c -> c.field().equals("members") && name.equals(c.published()) && c.value() == null);
    }

    private static Region regionPublishedAs(Atlas atlas, String name) {
        Map<String, Region> byName = new HashMap<>();
        for (Region r : atlas.regions()) {
            assertTrue(byName.put(r.publishedName(), r) == null, "published name used twice: " + r.publishedName());
        }
        Region region = byName.get(name);
        assertTrue(region != null, "no region in the dataset is published as '" + name + "'");
        return region;
    }
}
