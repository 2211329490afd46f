package nl.onderwijsregio.atlas.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.onderwijsregio.atlas.core.data.JsonLimits;
import nl.onderwijsregio.atlas.core.model.Municipality;

/**
 * The change log stored beside the data file: one JSON object per line (JSON Lines) for every saved change
 * set, with the time, the editor's name and the changes with their reasons and what each changed. Appending writes one whole
 * line at a time; a line torn by a crash is skipped when reading, so the log never blocks anything.
 */
public final class ChangeLog {

    /** One saved change set. */
    public record Entry(Instant time, String editor, String file, List<Change> changes) {
        public Entry {
            changes = List.copyOf(changes);
        }
    }

    /**
     * One change in a set.
     *
     * @param kind    {@code edit}, or {@code undo} for a step saved before and undone since
     * @param step    the step as the menu named it, in Dutch
     * @param regions the ids of the regions touched
     * @param reason  why: the editor's reason, or the one a step gives itself (a reorganisation's mergers); or null
     * @param details what the step changed, one sentence per member, figure, name, ... (in Dutch), each with the
     *                region it is about; empty in logs written before details were kept
     */
    public record Change(String kind, String step, List<String> regions, String reason, List<Detail> details) {
        public Change {
            regions = List.copyOf(regions);
            details = List.copyOf(details);
        }

        public Change(String kind, String step, List<String> regions, String reason) {
            this(kind, step, regions, reason, List.of());
        }

        /**
         * This change as far as it concerns {@code regionId}: one step of a reorganisation touches many regions,
         * and a region's history is about that region. A detail of a log written before details named their
         * region is kept only when the step touched this region alone, the one case where it surely is about it.
         */
        Change concerning(String regionId) {
            List<Detail> mine = details.stream().filter(d -> d.region() == null
                    ? regions.equals(List.of(regionId)) : d.region().equals(regionId)).toList();
            return new Change(kind, step, regions, reason, mine);
        }
    }

    /**
     * One sentence of what a step changed.
     *
     * @param region the id of the region it is about; null in logs written before details named their region
     * @param text   the sentence, in Dutch
     */
    public record Detail(String region, String text) {
    }

    private static final String EDIT = "edit";
    private static final String UNDO = "undo";
    /** The kind older logs gave a step redone before the save. */
    private static final String REDO = "redo";

    private final Path file;
    private final ObjectMapper mapper = JsonLimits.mapper();

    public ChangeLog(Path file) {
        this.file = file;
    }

    /** {@code onderwijsregios.json} → {@code onderwijsregios.changes.jsonl} in the same folder. */
    public static ChangeLog beside(Path dataFile) {
        String name = dataFile.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return new ChangeLog(dataFile.resolveSibling(base + ".changes.jsonl"));
    }

    public Path file() {
        return file;
    }

    /**
     * The change set of a save, from the history's journal; steps and what they changed are worded with
     * {@code format}, municipalities named by {@code names} (code to name). The log lists what the save holds, not
     * how the editor got there: a step undone straight after it was taken changed nothing in the end and is left
     * out, and so is a saved step undone and redone; a step redone is a step done.
     */
    public static Entry entryFor(List<EditHistory.Journal> journal, String editor, String dataFile, Instant time,
                                 Description.Formatter format, Function<String, String> names) {
        return entryFor(journal, editor, dataFile, time, format, names, new IdentityHashMap<>());
    }

    /**
     * As {@link #entryFor(List, String, String, Instant, Description.Formatter, Function)}, each step worded once:
     * {@code worded} keeps the wording of steps seen before (by identity), as the recovery words the same unsaved steps every few
     * seconds, and wording one compares every region before and after it. Work restored after a crash gives the steps
     * it was kept with, names and reasons, rather than one step of restored work.
     */
    public static Entry entryFor(List<EditHistory.Journal> journal, String editor, String dataFile, Instant time,
                                 Description.Formatter format, Function<String, String> names,
                                 Map<EditHistory.Journal, List<Change>> worded) {
        List<Change> changes = new ArrayList<>();
        for (EditHistory.Journal j : netSteps(journal)) {
            changes.addAll(worded.computeIfAbsent(j, step -> changesOf(step, format, names)));
        }
        return new Entry(time, editor, dataFile, changes);
    }

    private static List<Change> changesOf(EditHistory.Journal j, Description.Formatter format,
                                          Function<String, String> names) {
        if (j.edit() instanceof EditHistory.Restored restored && !restored.steps().isEmpty()) {
            return restored.steps();
        }
        String kind = j.kind() == EditHistory.Journal.Kind.UNDONE ? UNDO : EDIT;
        List<Detail> details = RegionDiff.between(j.before().data(), j.after().data(), namesAround(j, names)).stream()
                .map(line -> new Detail(line.regionId(), line.text().format(format))).toList();
        return List.of(new Change(kind, j.edit().description().format(format), List.copyOf(j.edit().regionIds()),
                j.edit().reason(), details));
    }

    /**
     * A municipality named by the boundaries after the step, else before it, else by {@code names}: the atlas at the
     * save may have taken up newer boundaries since, without the codes a merger took away.
     */
    private static Function<String, String> namesAround(EditHistory.Journal j, Function<String, String> names) {
        return code -> j.after().municipality(code).or(() -> j.before().municipality(code)).map(Municipality::name)
                .orElseGet(() -> names.apply(code));
    }

    /**
     * The journal without the pairs that cancel out: undo and redo go by a stack, so a step's undo (or redo) that
     * cancels its taking (or its undo) always follows it once the pairs between them are gone.
     */
    private static List<EditHistory.Journal> netSteps(List<EditHistory.Journal> journal) {
        List<EditHistory.Journal> kept = new ArrayList<>();
        for (EditHistory.Journal j : journal) {
            EditHistory.Journal last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            boolean undone = j.kind() == EditHistory.Journal.Kind.UNDONE;
            if (last != null && last.edit() == j.edit() && undone != (last.kind() == EditHistory.Journal.Kind.UNDONE)) {
                kept.remove(kept.size() - 1);
            } else {
                kept.add(j);
            }
        }
        return kept;
    }

    public void append(Entry entry) throws IOException {
        byte[] line = line(entry);
        Files.createDirectories(file.toAbsolutePath().getParent());
        boolean torn = endsTorn();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            if (torn) {
                // Glued to a line a crash cut short, this entry would be unreadable too.
                writeFully(ch, new byte[] {'\n'});
            }
            writeFully(ch, line);
            ch.force(true);
        }
    }

    /** {@code entry} as one line of the log, its line break included. */
    byte[] line(Entry entry) throws IOException {
        ObjectNode o = mapper.createObjectNode();
        o.put("time", entry.time().toString());
        o.put("editor", entry.editor());
        o.put("file", entry.file());
        ArrayNode changes = o.putArray("changes");
        for (Change c : entry.changes()) {
            ObjectNode n = changes.addObject();
            n.put("kind", c.kind());
            n.put("step", c.step());
            ArrayNode regions = n.putArray("regions");
            c.regions().forEach(regions::add);
            n.put("reason", c.reason());
            ArrayNode details = n.putArray("details");
            for (Detail d : c.details()) {
                details.addObject().put("region", d.region()).put("text", d.text());
            }
        }
        return (mapper.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** How many bytes the log holds now; 0 when there is none. */
    public long length() throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    /**
     * Starts {@code copy}, the log of a copy of the data file, as the first {@code upTo} bytes of this one (whole
     * lines): the log as it stood for the version the copy's work began from, without what others logged since for
     * this file. A log already beside the copy, of a file the copy replaces, is replaced (and kept as a backup).
     */
    public void copyTo(ChangeLog copy, long upTo) throws IOException {
        if (copy.file.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            return;
        }
        byte[] all = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        int end = (int) Math.min(upTo, all.length);
        while (end > 0 && all[end - 1] != '\n') {
            end--;
        }
        if (end == 0 && !Files.exists(copy.file)) {
            return;
        }
        byte[] lines = java.util.Arrays.copyOf(all, end);
        AtomicFile.write(copy.file, out -> out.write(lines));
    }

    private boolean endsTorn() throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            ch.read(last, size - 1);
            return last.get(0) != '\n';
        }
    }

    private static void writeFully(FileChannel ch, byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    /**
     * The whole log as it reads, for the editor who wants to see all of it.
     *
     * @param exists     false when no save has written a log yet
     * @param entries    every readable entry, oldest first
     * @param unreadable the numbers (from 1) of the lines that do not read, so that a damaged log is seen as such
     *                   and not taken for a short one
     */
    public record Contents(boolean exists, List<Entry> entries, List<Integer> unreadable) {
        public Contents {
            entries = List.copyOf(entries);
            unreadable = List.copyOf(unreadable);
        }
    }

    /** Every readable entry, oldest first; an absent log is empty. */
    public List<Entry> read() throws IOException {
        return readAll().entries();
    }

    /** Every entry and every line that does not read; a log torn by a crash still gives all it holds. */
    public Contents readAll() throws IOException {
        if (!Files.exists(file)) {
            return new Contents(false, List.of(), List.of());
        }
        List<Entry> entries = new ArrayList<>();
        List<Integer> unreadable = new ArrayList<>();
        List<String> lines = lines(Files.readAllBytes(file));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line == null) {
                unreadable.add(i + 1);
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(parse(mapper.readTree(line)));
            } catch (IOException | DateTimeParseException | NullPointerException e) {
                // Torn by a crash mid-append, or damaged by hand; the others still count.
                unreadable.add(i + 1);
            }
        }
        return new Contents(true, entries, unreadable);
    }

    /**
     * Each line decoded on its own, null where it is not UTF-8: a crash can cut a line inside a character, and that
     * must not make the whole history unreadable, nor shift the numbers of the lines after it.
     */
    private static List<String> lines(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    lines.add(StandardCharsets.UTF_8.newDecoder()
                            .decode(ByteBuffer.wrap(bytes, start, i - start)).toString());
                } catch (CharacterCodingException e) {
                    lines.add(null);
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /**
     * The saved changes that touched {@code regionId}, oldest first, each entry holding only those changes, and each
     * change only its details about that region.
     */
    public List<Entry> historyOf(String regionId) throws IOException {
        List<Entry> result = new ArrayList<>();
        for (Entry e : read()) {
            List<Change> mine = e.changes().stream().filter(c -> c.regions().contains(regionId))
                    .map(c -> c.concerning(regionId)).toList();
            if (!mine.isEmpty()) {
                result.add(new Entry(e.time(), e.editor(), e.file(), mine));
            }
        }
        return result;
    }

    private static Entry parse(JsonNode o) {
        List<Change> changes = new ArrayList<>();
        for (JsonNode c : o.get("changes")) {
            List<String> regions = new ArrayList<>();
            c.path("regions").forEach(r -> regions.add(r.asText()));
            List<Detail> details = new ArrayList<>();
            // Logs written before details named their region hold the bare sentence.
            c.path("details").forEach(d -> details.add(d.isTextual() ? new Detail(null, d.asText())
                    : new Detail(textOrNull(d.get("region")), d.get("text").asText())));
            String kind = c.get("kind").asText();
            // Worded "opnieuw gedaan", it read as if something was done twice; what the save held was the step done.
            changes.add(new Change(REDO.equals(kind) ? EDIT : kind, c.get("step").asText(), regions,
                    textOrNull(c.get("reason")), details));
        }
        return new Entry(Instant.parse(o.get("time").asText()), textOrNull(o.get("editor")),
                textOrNull(o.get("file")), changes);
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
