package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.Outcome;

/** The seed article, read from the shared folder, must give exactly the gold record's article fields. */
class SeedArticleTest {

    private static final Path SHARED = Path.of("../../shared");
    private static final String SEED = "000_f4b716d0e5e9fa55";

    @Test
    void seedMatchesTheGoldArticle() throws IOException {
        byte[] bytes = Files.readAllBytes(SHARED.resolve("articles/" + SEED + ".txt"));
        JsonNode gold = new ObjectMapper().readTree(SHARED.resolve("gold/" + SEED + ".json").toFile()).get("article");
        Outcome<Article> out = new ArticleReader().apply(new RawInput(SEED, bytes, null, null, null, "text/plain"));
        Outcome.Ok<Article> ok = (Outcome.Ok<Article>) out;
        Article a = ok.value();
        assertEquals(List.of(), ok.warnings());
        assertEquals(gold.get("headline").asText(), a.headline());
        assertEquals(gold.get("published").asText(), a.published().toString());
        assertEquals(gold.get("agency").asText(), a.agency());
        assertEquals(gold.get("dateline").asText(), a.dateline());
        assertEquals(gold.get("language").asText(), a.language());
        assertEquals(strings(gold.get("captions")), a.captions());
        assertEquals(strings(gold.get("removed")), a.removed());
        String[] lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\n");
        assertEquals(lines[6].strip(), a.text().substring(0, a.text().indexOf('\n')));
        assertEquals(17, a.text().split("\n").length);
        if (gold.hasNonNull("text")) {
            assertEquals(gold.get("text").asText(), a.text());
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
