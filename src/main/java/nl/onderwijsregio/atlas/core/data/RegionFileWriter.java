package nl.onderwijsregio.atlas.core.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import nl.onderwijsregio.atlas.core.model.AbcsEntry;
import nl.onderwijsregio.atlas.core.model.AbcsLetter;
import nl.onderwijsregio.atlas.core.model.CaseStory;
import nl.onderwijsregio.atlas.core.model.Correction;
import nl.onderwijsregio.atlas.core.model.KeyFigure;
import nl.onderwijsregio.atlas.core.model.LocalizedText;
import nl.onderwijsregio.atlas.core.model.MemberRef;
import nl.onderwijsregio.atlas.core.model.Region;
import nl.onderwijsregio.atlas.core.model.RegionData;
import nl.onderwijsregio.atlas.core.model.Sector;
import nl.onderwijsregio.atlas.core.model.Theme;

/**
 * Writes {@code onderwijsregios.json} pretty-printed, with two-space indentation, "\n" line ends and
 * a fixed key order, so that a saved file diffs cleanly in git. Reading and writing an unchanged file
 * gives back the same bytes.
 */
public final class RegionFileWriter {

    public byte[] toBytes(RegionData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            write(data, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public void write(RegionData data, OutputStream out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        try (JsonGenerator g = JsonLimits.factory().createGenerator(out)) {
            g.setPrettyPrinter(printer);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeNumberField("schemaVersion", RegionFileReader.SCHEMA_VERSION);
            g.writeObjectFieldStart("source");
            g.writeStringField("title", data.source().title());
            g.writeStringField("publisher", data.source().publisher());
            g.writeStringField("edition", data.source().edition());
            g.writeEndObject();
            g.writeArrayFieldStart("abcs");
            for (AbcsEntry a : data.abcs()) {
                g.writeStartObject();
                g.writeStringField("letter", a.letter().name());
                localized(g, "name", a.name());
                localized(g, "introduction", a.introduction());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("themes");
            for (Theme t : data.themes()) {
                g.writeStartObject();
                g.writeStringField("id", t.id());
                localized(g, "name", t.name());
                localized(g, "introduction", t.introduction());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("regions");
            for (Region r : data.regions()) {
                region(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void region(JsonGenerator g, Region r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("displayName", r.displayName());
        g.writeStringField("publishedName", r.publishedName());
        g.writeArrayFieldStart("sectors");
        for (Sector s : r.sectorsInOrder()) {
            g.writeString(s.name());
        }
        g.writeEndArray();
        g.writeStringField("scope", r.scope().name());
        g.writeBooleanField("voorloper", r.voorloper());
        g.writeStringField("voorloperNote", r.voorloperNote());
        g.writeObjectFieldStart("keyFigures");
        for (KeyFigure f : KeyFigure.values()) {
            var v = r.keyFigures().get(f);
            if (v.isPresent()) {
                g.writeNumberField(f.jsonKey(), v.getAsLong());
            } else {
                g.writeNullField(f.jsonKey());
            }
        }
        g.writeEndObject();
        g.writeArrayFieldStart("members");
        for (MemberRef m : r.members()) {
            g.writeStartObject();
            g.writeStringField("code", m.code());
            g.writeStringField("publishedName", m.publishedName());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("cases");
        for (CaseStory c : r.cases()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("title", c.title());
            g.writeArrayFieldStart("abcs");
            for (AbcsLetter l : c.abcs()) {
                g.writeString(l.name());
            }
            g.writeEndArray();
            g.writeStringField("theme", c.themeId());
            g.writeStringField("summary", c.summary());
            g.writeStringField("source", c.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("corrections");
        for (Correction c : r.corrections()) {
            g.writeStartObject();
            g.writeStringField("field", c.field());
            g.writeStringField("published", c.published());
            g.writeStringField("value", c.value());
            g.writeStringField("reason", c.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void localized(JsonGenerator g, String field, LocalizedText text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("nl", text.nl());
        g.writeStringField("en", text.en());
        g.writeEndObject();
    }
}
