package org.airisk.workbench.questionnairedata;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.airisk.workbench.importfiles.StrictJson;

/**
 * The published shape of a template file (docs/schema/questionnaire-template.schema.json), checked on what the
 * workbench writes so that a shared or imported template is one any tool reading the schema accepts.
 */
public final class TemplateSchema {
    private static final String RESOURCE = "/schema/questionnaire-template.schema.json";

    private TemplateSchema() {}

    /** Read on first use: the validator's start costs about 100 ms that the window need not pay. */
    private static final class Loaded {
        static final JsonSchema SCHEMA = load();
    }

    /** Where the text departs from the schema, one plain line each; empty when it conforms. */
    public static List<String> check(String json) {
        StrictJson.Parsed parsed = StrictJson.read(json);
        if (!parsed.ok()) {
            return List.of(parsed.problem());
        }
        JsonNode root = parsed.root();
        return Loaded.SCHEMA.validate(root).stream().map(TemplateSchema::plain).toList();
    }

    private static String plain(ValidationMessage m) {
        String where = m.getInstanceLocation().toString();
        String field = m.getProperty() == null ? "" : "." + m.getProperty();
        return where + field + " is not as the template format describes it (docs/templates.md): "
                + (m.getType() == null ? "wrong value" : m.getType().replace('_', ' '));
    }

    private static JsonSchema load() {
        try (InputStream in = TemplateSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the template schema is missing from the application");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException("the template schema could not be read", e);
        }
    }
}
