package org.vigie.entities.french.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.Features;

/** The names a text declares for one thing ({@link Features#DECLARED}), one pattern per test. */
class DeclaredNamesTest {

    private final Extraction extraction = new Extraction();

    /** Each mention declaring a name, as {@code [begin,end) TYPE text -> declared}. */
    private List<String> declared(String text) {
        return extraction.of(text).stream().filter(a -> a.feature(Features.DECLARED) != null)
                .map(a -> "[" + a.span().begin() + "," + a.span().end() + ") " + a.type() + " " + a.text() + " -> " + a.feature(Features.DECLARED))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    @Test
    void anAppositionWithDiteDeclaresTheName() {
        assertEquals(List.of("[44,66) LAW Convention de Budapest -> Convention sur la cybercriminalité"),
                declared("La Convention sur la cybercriminalité, dite Convention de Budapest, est entrée en vigueur en 2004."));
    }

    @Test
    void connueSousLeNomDeAtASentenceStartNamesTheLastThingOfItsHead() {
        assertEquals(List.of("[73,95) LAW Convention de Budapest -> Convention sur la cybercriminalité"),
                declared("Il a adopté la Convention sur la cybercriminalité. Connue sous le nom de Convention de Budapest,"
                        + " elle est entrée en vigueur."));
    }

    @Test
    void leNomDeInQuotesNamesTheTreatyBefore() {
        String text = "La Convention des Nations unies contre la cybercriminalité a été signée à Hanoï. Le nom de "
                + "« Convention de Hanoï » s'est imposé dans la presse pour désigner le traité.";
        assertEquals(List.of("[93,112) LAW Convention de Hanoï -> Convention des Nations unies contre la cybercriminalité"),
                declared(text));
    }

    @Test
    void aBracketedAcronymIsDeclared() {
        assertEquals(List.of("[3,68) ORGANIZATION Direction d'enquête sur la criminalité organisée et le terrorisme -> DIICOT"),
                declared("La Direction d'enquête sur la criminalité organisée et le terrorisme (DIICOT) a ouvert une enquête."));
    }

    @Test
    void aNameQualifiedByItsOwnerDeclaresItsShortFormWhenItHoldsAProperName() {
        assertEquals(List.of("[3,48) LAW Convention de Budapest du Conseil de l’Europe -> Convention de Budapest"),
                declared("La Convention de Budapest du Conseil de l’Europe date de 2001."));
    }

    @Test
    void aShortFormWithoutAProperNameIsNotDeclared() {
        assertEquals(List.of(), declared("L'Assemblée générale des Nations unies a adopté le texte."));
        assertEquals(List.of(), declared("Le ministère de la Sécurité publique du Vietnam a participé."));
    }

    @Test
    void surLaLutteContreDeclaresThePhrasingWithContre() {
        assertEquals(List.of("[3,71) LAW Convention des Nations unies sur la lutte contre la cybercriminalité"
                + " -> Convention des Nations unies contre la cybercriminalité"),
                declared("La Convention des Nations unies sur la lutte contre la cybercriminalité a été signée."));
    }

    @Test
    void aBracketedNameAndAnotherPhrasingAreBothDeclared() {
        assertEquals(List.of("[3,71) LAW Convention des Nations unies sur la lutte contre la cybercriminalité"
                + " -> Convention de Hanoï\nConvention des Nations unies contre la cybercriminalité"),
                declared("La Convention des Nations unies sur la lutte contre la cybercriminalité (Convention de Hanoï)"
                        + " a été signée."));
    }

    @Test
    void baptiseDeclaresTheNameOfTheThingBefore() {
        assertEquals(List.of("[27,32) ORGANIZATION APT38 -> Lazarus"),
                declared("Le groupe Lazarus, baptisé APT38 par les chercheurs, a volé des millions."));
    }

    @Test
    void aussiAppeleDeclaresTheNameOfTheThingBefore() {
        assertEquals(List.of("[32,37) ORGANIZATION APT38 -> Lazarus"),
                declared("Le groupe Lazarus, aussi appelé APT38, a volé des millions."));
    }

    @Test
    void aPersonIsNamedOnlyByApposition() {
        Annotation alone = Extraction.find(extraction.of("Le ministre Jean Castex a parlé. Surnommé Castex le Bref, il a souri."),
                org.vigie.entities.api.EntityType.PERSON, "Jean Castex"); // not Tô Lâm: NameOrders declares Lâm Tô
        assertNull(alone == null ? null : alone.feature(Features.DECLARED));
    }
}
