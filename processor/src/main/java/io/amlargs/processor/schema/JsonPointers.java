package io.amlargs.processor.schema;

/** Builds JSON pointers (RFC 6901) for messages about the schema. */
final class JsonPointers {

    private JsonPointers() {
    }

    /** Returns the pointer to {@code token} inside the node at {@code parent}. */
    static String child(String parent, String token) {
        return parent + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    /** Returns the pointer to the item at {@code index} inside the array at {@code parent}. */
    static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
