package dev.followthrough.crm.http;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/** One JSON mapper for the CRM adapters; a CRM body that is not JSON (an HTML proxy page) reads as missing. */
public final class CrmJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private CrmJson() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException notJson) {
            return MissingNode.getInstance();
        }
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
