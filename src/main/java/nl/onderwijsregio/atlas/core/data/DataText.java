package nl.onderwijsregio.atlas.core.data;

import java.util.Arrays;
import java.util.Locale;

/**
 * Every sentence, place and value description a {@link DataLoadException} can be told in. The words are in
 * {@code i18n/data_{nl,en}.properties} under {@link #key()}; the enum keeps code and bundles checkable
 * against each other (a test renders every constant in both languages).
 */
public enum DataText {

    // Where in a file
    AT_LINE,
    AT_LINE_COLUMN,
    AT_LINE_COLUMN_PATH,
    AT_LINE_PATH,
    AT_PATH,
    AT_PATH_IN,
    IN_REGION,
    IN_REGION_NAMED,
    AT_RECORD,
    NO_FILE,

    // Any file
    FILE_NOT_FOUND,
    FILE_EMPTY,
    CANNOT_READ,
    NO_READ_PERMISSION,
    CANNOT_WRITE,
    UNEXPECTED_END,
    SPATIAL_ENGINE_FAILED,

    // A data folder named by the user
    DATA_FOLDER_MISSING,
    DATA_FOLDER_NOT_A_FOLDER,
    DATA_FOLDER_NO_REGIONS,
    DATA_FOLDER_NO_BOUNDARIES,

    // Shapefiles and municipality boundaries
    SHP_FOLDER,
    SHP_COMPANION_MISSING,
    SHP_UNREADABLE,
    SHP_NO_GEOMETRY,
    SHP_NOT_POLYGON,
    SHP_UNKNOWN_CRS,
    SHP_CRS_MISMATCH,
    SHP_EXTENT,
    SHP_COORDINATES_IN_DEGREES,
    SHP_COORDINATES_IN_METRES,
    SHP_NOT_NEAR_NETHERLANDS,
    SHP_UNKNOWN_ENCODING,
    DBF_UTF8_DESPITE_CPG,
    DBF_UTF8_WITHOUT_CPG,
    DBF_1252_DESPITE_CPG,
    SHP_SHORTER_THAN_HEADER,
    SHP_WRONG_FILE_CODE,
    SHP_TRUNCATED_HEADER,
    SHP_TRUNCATED_RECORD,
    DBF_SHORTER_THAN_HEADER,
    DBF_RECORD_COUNT,
    DBF_NO_FIELD,
    SHP_NO_MUNICIPALITIES,
    MUNICIPALITY_CODE_FORM,
    MUNICIPALITY_CODE_TWICE,
    MUNICIPALITY_NO_NAME,

    // The region file
    JSON_FOLDER,
    JSON_TOO_LARGE,
    JSON_STREAM_TOO_LARGE,
    JSON_REFUSED,
    JSON_MALFORMED,
    NOT_UTF8,
    NOT_UTF8_BUT,

    // What is wrong in malformed or refused JSON, in place of the parser's own words
    JSON_UNEXPECTED,
    JSON_UNEXPECTED_EXPECTING,
    JSON_EXPECTING_COMMA,
    JSON_EXPECTING_COLON,
    JSON_EXPECTING_NAME,
    JSON_EXPECTING_VALUE,
    JSON_UNKNOWN_WORD,
    JSON_CONTROL_CHARACTER,
    JSON_BAD_ESCAPE,
    JSON_BAD_NUMBER,
    JSON_NOT_JSON_HERE,
    JSON_DUPLICATE_FIELD,
    JSON_AFTER_END,
    JSON_TOO_DEEP,
    JSON_TEXT_TOO_LONG,
    JSON_NAME_TOO_LONG,
    JSON_NUMBER_TOO_LONG,
    JSON_DOCUMENT_TOO_LONG,
    JSON_LIMIT,

    ROOT_NOT_OBJECT,
    SCHEMA_VERSION_NOT_WHOLE,
    SCHEMA_VERSION_UNSUPPORTED,
    FIELD_MISSING,
    FIELD_EMPTY,
    FIELD_NOT_TEXT,
    FIELD_NOT_ARRAY,
    FIELD_NOT_LOCALIZED,
    FIELD_UNKNOWN,
    FIELD_LIST,
    NOT_AN_OBJECT,
    REGION_ID_FORM,
    REGION_ID_TWICE,
    SECTORS_NOT_ARRAY,
    SECTOR_NOT_TEXT,
    SECTOR_UNKNOWN,
    SCOPE_UNKNOWN,
    VOORLOPER_NOT_BOOLEAN,
    KEY_FIGURE_UNKNOWN,
    KEY_FIGURE_NOT_WHOLE,
    KEY_FIGURE_NEGATIVE,
    MUNICIPALITY_CODE_UNKNOWN,
    MUNICIPALITY_CODE_UNKNOWN_FOR,
    CODE_SUGGESTION,
    UNKNOWN_CODE_WITH_SUGGESTION,
    CODE_SUGGESTION_OR_REMEDY,
    CODE_NOT_IN_BOUNDARIES,
    CODE_NOT_IN_ANY_EDITION,
    BOUNDARIES_REMEDY,
    CASE_ID_TWICE,
    LETTER_NOT_TEXT,
    LETTER_UNKNOWN,

    // What a JSON value turned out to be ("..., found an array")
    KIND_NOTHING,
    KIND_ARRAY,
    KIND_OBJECT,
    KIND_TEXT,
    KIND_NUMBER,

    // Editing: recovery and municipal reorganisations
    RECOVERY_UNREADABLE,
    REORGANISATION_BAD_LINE,
    REORGANISATION_NO_CODES,
    REORGANISATION_ONLY_HEADER,
    REORGANISATION_TWO_SUCCESSORS,
    REORGANISATION_NOT_UTF8,
    REORGANISATION_CIRCLE;

    /** The bundle key, e.g. {@code data.shp-truncated-header} for {@link #SHP_TRUNCATED_HEADER}. */
    public String key() {
        return "data." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** This text with its arguments; an argument that is itself a {@link DataPhrase} is told in the same language. */
    public DataPhrase with(Object... args) {
        return new DataPhrase(this, Arrays.asList(args));
    }
}
