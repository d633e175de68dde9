package org.vigie.corpus.opensearch.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The configuration of the OpenSearch store (PID {@code org.vigie.corpus.opensearch}; README.md). */
@ObjectClassDefinition(name = "Vigie corpus store on OpenSearch", description = "The corpus in an OpenSearch cluster")
public @interface StoreConfig {
    @AttributeDefinition(description = "The cluster's REST address, http(s)://host:port")
    String url();

    @AttributeDefinition(description = "The corpus lives in the indices PREFIX-corpus and PREFIX-corpus-meta")
    String indexPrefix() default "vigie";

    @AttributeDefinition(description = "Basic-auth user (none: no authentication)")
    String user() default "";

    @AttributeDefinition(description = "File holding the basic-auth password on its first line")
    String passwordFile() default "";

    @AttributeDefinition(description = "PKCS12 or JKS trust store for an https cluster with its own CA")
    String trustStore() default "";

    @AttributeDefinition(description = "File holding the trust store's password")
    String trustStorePasswordFile() default "";

    @AttributeDefinition(description = "Connection timeout, in seconds")
    int connectTimeoutSeconds() default 10;

    @AttributeDefinition(description = "Timeout of one request, in seconds")
    int requestTimeoutSeconds() default 120;

    @AttributeDefinition(description = "Most bytes (characters) sent in one _bulk request")
    int bulkMaxBytes() default 5_000_000;

    @AttributeDefinition(description = "Most _bulk requests of one write sent at once")
    int bulkInFlight() default 2;

    @AttributeDefinition(description = "Attempts of a request refused for load or unavailability (429, 5xx, refused connection)")
    int retries() default 6;

    @AttributeDefinition(description = "Replicas of each index (0 on a single node)")
    int replicas() default 1;

    @AttributeDefinition(description = "Least estimated Jaccard similarity (5-word shingles) of two copies of one dispatch")
    double copyThreshold() default 0.3;

    @AttributeDefinition(description = "Length of a search hit's snippet, in characters")
    int snippetLength() default 240;
}
