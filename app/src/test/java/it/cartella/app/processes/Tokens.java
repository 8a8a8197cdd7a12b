package it.cartella.app.processes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.bson.types.Binary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The token store as the nodes share it: which node holds which segment of which processor, and how far it is. */
record Tokens(List<Token> tokens) {

    static Tokens read(String mongoUri) {
        List<Token> tokens = new ArrayList<>();
        try (MongoClient client = MongoClients.create(mongoUri)) {
            for (Document d : client.getDatabase("cartella").getCollection("trackingtokens").find()) {
                tokens.add(new Token(d.getString("processorName"), d.getInteger("segment"), d.getString("owner"),
                        index(d.get("token"))));
            }
        }
        return new Tokens(List.copyOf(tokens));
    }

    List<Token> of(String processor) {
        return tokens.stream().filter(t -> t.processor().equals(processor)).toList();
    }

    long heldBy(AppProcess node) {
        return tokens.stream().filter(t -> t.heldBy(node)).count();
    }

    private static long index(Object token) {
        if (!(token instanceof Binary binary)) {
            return -1;
        }
        try {
            return Api.JSON.readTree(new String(binary.getData(), StandardCharsets.UTF_8)).path("index").asLong(-1);
        } catch (JsonProcessingException e) {
            return -1;
        }
    }

    /** @param owner null when no node holds the segment; index -1 before the first event */
    record Token(String processor, int segment, String owner, long index) {

        boolean heldBy(AppProcess node) {
            return owner != null && owner.startsWith(node.tokenOwnerPrefix());
        }
    }
}
