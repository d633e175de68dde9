package org.vigie.export.internal.ftm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.testing.FtmModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The checker the FtM tests rely on finds what the real model forbids. */
class FtmModelTest {

    @Test
    void findsWhatTheModelForbids() throws IOException {
        List<JsonNode> objects = List.of(
                json("{'id':'p1','schema':'Person','properties':{'name':['A'],'nationality':['vietnam'],'colour':['x']}}"),
                json("{'id':'t1','schema':'Thing','properties':{'name':['T']}}"),
                json("{'id':'d1','schema':'Documentation','properties':{'document':['p1'],'entity':['nowhere']}}"),
                json("{'id':'o1','schema':'Organization','properties':{'alias':['O'],'incorporationDate':['26/10/2025']}}"),
                json("{'id':'a_1','schema':'Article','properties':{'name':['x'],'fileName':['x'],'language':['fr']}}"));
        assertEquals(List.of(
                "t1: no concrete schema Thing",
                "invalid id a_1",
                "p1: nationality (country) invalid value vietnam",
                "p1: Person has no writable property colour",
                "d1: document (entity) invalid value p1",
                "d1: entity (entity) invalid value nowhere",
                "o1 (Organization): missing required Thing:name",
                "o1: incorporationDate (date) invalid value 26/10/2025",
                "a_1: language (language) invalid value fr"), new FtmModel().problems(objects));
    }

    @Test
    void acceptsAValidEntityAndItsLink() throws IOException {
        assertEquals(List.of(), new FtmModel().problems(List.of(
                json("{'id':'p1','schema':'Person','properties':{'name':['A'],'nationality':['vn'],'birthDate':['1957-08']}}"),
                json("{'id':'d1','schema':'Article','properties':{'fileName':['a.txt'],'name':['a'],'sourceUrl':['https://x.invalid/a']}}"),
                json("{'id':'l1','schema':'Documentation','properties':{'document':['d1'],'entity':['p1']}}"))));
    }

    private static JsonNode json(String singleQuoted) throws IOException {
        return new ObjectMapper().readTree(singleQuoted.replace('\'', '"'));
    }
}
