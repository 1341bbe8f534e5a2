package dev.followthrough.llm;

import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;

/**
 * JSON schemas of the answers the prompts ask for, sent as structured-output constraints where the provider
 * supports them. Written for strict mode: every property required, nullable ones as "string or null", no extra
 * properties. The prompt files describe the same shapes in words, for providers without schema support.
 */
final class AnswerSchemas {

    private AnswerSchemas() {
    }

    static ResponseFormat callAnalysis() {
        JsonObjectSchema cite = object()
                .addStringProperty("utteranceId")
                .addStringProperty("quote")
                .required("utteranceId", "quote")
                .build();
        JsonObjectSchema item = object()
                .addProperty("owner", nullableString())
                .addStringProperty("task")
                .addProperty("dueText", nullableString())
                .addProperty("dueDate", nullableString())
                .addProperty("evidence", JsonArraySchema.builder().items(cite).build())
                .required("owner", "task", "dueText", "dueDate", "evidence")
                .build();
        JsonObjectSchema draft = object()
                .addStringProperty("subject")
                .addStringProperty("body")
                .required("subject", "body")
                .build();
        JsonObjectSchema root = object()
                .addProperty("actionItems", JsonArraySchema.builder().items(item).build())
                .addProperty("draft", draft)
                .addProperty("injectionSuspected", new JsonBooleanSchema())
                .addProperty("injectionNote", nullableString())
                .required("actionItems", "draft", "injectionSuspected", "injectionNote")
                .build();
        return format("call_analysis", root);
    }

    static ResponseFormat claimJudgement() {
        JsonObjectSchema root = object()
                .addProperty("status", JsonEnumSchema.builder().enumValues("SUPPORTED", "UNSUPPORTED", "CONTRADICTED").build())
                .addStringProperty("reason")
                .addProperty("utteranceIds", JsonArraySchema.builder().items(new JsonStringSchema()).build())
                .required("status", "reason", "utteranceIds")
                .build();
        return format("claim_judgement", root);
    }

    private static JsonObjectSchema.Builder object() {
        return JsonObjectSchema.builder().additionalProperties(false);
    }

    private static JsonSchemaElement nullableString() {
        return JsonAnyOfSchema.builder().anyOf(new JsonStringSchema(), new JsonNullSchema()).build();
    }

    private static ResponseFormat format(String name, JsonObjectSchema root) {
        return ResponseFormat.builder().type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder().name(name).rootElement(root).build())
                .build();
    }
}
