package org.vigie.entities.french.internal.text;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.vigie.entities.api.NameKey;

/**
 * The word classes of the French vocabulary: every word list a rule tests a token against, and the
 * lexicon's lists ({@link #STOPWORD}, {@link #FIRST_NAME}, {@link #VIETNAMESE_SURNAME},
 * {@link #DEMONYM}). A {@link Vocabulary} gives each folded word ({@code ministere}, {@code l'}) the
 * bit mask of its classes once per token, so a rule's test is a bit test ({@link Token#in}), not a
 * probe into one hash set per list. Over 150 lines because it is data, one constant per list, in
 * one enum because a token's classes are the bits of one long (at most 64 classes).
 */
public enum WordClass {

    // FrenchTokenizer
    /** Abbreviations whose full stop ends no sentence ({@code M.}, {@code etc.}). */
    ABBREVIATION("m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "gen", "gal", "col", "lt", "cdt",
            "no", "n°", "etc", "vs", "j.-c", "av", "env"),
    // PhraseGrammar
    /** Prepositions that open a complement. */
    PREPOSITION("de", "du", "des", "d'", "sur", "contre", "pour", "aux", "au"),
    /** Definite articles. */
    ARTICLE("la", "le", "les", "l'"),
    /** Function words and verbs that are never the noun of a complement. */
    FUNCTION_WORD("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "et", "ou", "a", "ont", "est",
            "sont", "etait", "etaient", "sera", "seront", "ete", "fait", "doit", "peut", "va", "vont", "avait",
            "avaient", "aura", "qui", "que", "qu'", "dont", "en", "se", "s'", "ne", "n'", "il", "elle", "ils",
            "elles", "on", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "lors", "dans", "par", "avec",
            "sans", "entre", "vers", "chez", "depuis", "selon", "comme", "ainsi", "aussi", "tres", "plus", "moins",
            "tous", "tout", "toute", "toutes", "y", "pas", "deux", "trois", "appelle", "rappelle", "interpelle",
            "renouvelle", "estime", "affirme", "souligne", "indique", "precise", "ayant", "etant", "visant",
            "portant", "concernant", "comprenant", "incluant", "regroupant", "representant", "participant",
            "devant", "durant", "pendant", "avant", "cependant", "pourtant", "maintenant", "moyennant"),
    /** Adjectives the endings of {@code PhraseGrammar} miss. */
    ADJECTIVE("civil", "civile", "civils", "civiles", "maritime", "maritimes", "etranger", "etrangers", "etrangere",
            "etrangeres", "nord", "sud", "est", "ouest", "supreme", "interieur", "exterieur", "mondial", "mondiale",
            "central", "centrale", "jeune", "libre", "unie", "uni", "conjoint", "adjoint", "adjointe", "publique",
            "publiques", "public", "publics", "arabe", "arabes", "baltes", "islamique", "communiste", "democrate",
            "republicain", "populaire", "nationale", "national"),
    /** Adjectives written before their noun ({@code haut}, {@code nouveau}). */
    BEFORE_NOUN("haut", "haute", "hauts", "hautes", "grand", "grande", "grands", "grandes", "nouveau", "nouvelle",
            "nouveaux", "nouvelles", "petit", "petite", "premier", "premiere", "seul", "seule", "meilleur", "ancien",
            "ancienne", "bon", "bonne", "gros", "grosse"),
    /** Nouns that start a name of their own after {@code et le}. */
    NEW_NAME("ministere", "departement", "agence", "office", "bureau", "commission", "conseil", "direction",
            "service", "police", "gouvernement", "convention", "loi", "accord"),
    // OrganizationRule
    /** Head nouns of organisations ({@code ministère}, {@code Agence}). */
    ORGANIZATION_HEAD("ministere", "departement", "conseil", "bureau", "office", "agence", "commission", "direction",
            "organisation", "union", "communaute", "association", "assemblee", "banque", "fonds", "parti", "police",
            "comite", "cour", "tribunal", "parlement", "senat", "institut", "centre", "complexe", "service",
            "mecanisme", "marine", "armee", "garde", "gendarmerie", "autorite", "haut-commissariat", "secretariat",
            "politburo", "front", "mouvement", "alliance", "ligue", "federation", "confederation", "chambre",
            "academie", "universite", "fondation", "inspection", "brigade", "unite", "commandement", "etat-major",
            "administration", "groupe", "force", "cellule", "division", "observatoire", "programme", "mission",
            "parquet", "douane", "douanes", "garde-cotes", "garde-cote", "gardes-cotes", "gardes-frontieres",
            "garde-frontieres", "garde-frontiere", "sous-direction", "gouvernement", "juridiction", "societe", "jury",
            "forces"),
    /** Titles that, between two names, belong to a person's name ({@code Hassan Cheikh Mohamoud}). */
    NAME_TITLE("cheikh", "cheick", "sheikh", "cheik", "sidi"),
    /** Military units named by an ordinal ({@code 53e brigade}, {@code 2e régiment étranger de parachutistes}). */
    MILITARY_UNIT("brigade", "regiment", "bataillon", "escadron", "escadrille", "flottille"),
    /** Heads that name an organisation in lower case with a complement. */
    LOWERCASE_HEAD("ministere", "departement", "sous-direction"),
    /** Courts and prosecutors ({@code tribunal correctionnel de Paris}). */
    COURT_HEAD("tribunal", "cour", "parquet", "universite"),
    /** Forces named by an adjective ({@code police nationale}, {@code armée malienne}, {@code garde-côtes grecs}). */
    POLICE_HEAD("police", "gendarmerie", "marine", "armee", "douane", "douanes", "garde-cotes", "garde-cote",
            "gardes-cotes", "gardes-frontieres", "garde-frontieres", "garde-frontiere"),
    /** Adjectives that make a name of a head alone ({@code Commission européenne}). */
    INSTITUTIONAL("national", "nationale", "nationaux", "federal", "federale", "europeen", "europeenne",
            "international", "internationale", "mondial", "mondiale", "africain", "africaine", "supreme",
            "constitutionnel", "constitutionnelle", "general", "generale", "populaire", "islamique", "arabe",
            "militaire", "presidentiel", "presidentielle", "municipal", "municipale", "regional", "regionale",
            "central", "centrale", "judiciaire", "royal", "royale", "imperial", "imperiale", "parlementaire",
            "politique", "communiste", "socialiste", "democrate", "republicain", "republicaine", "permanent",
            "permanente", "special", "speciale", "interieure", "exterieure", "economique", "monetaire", "islamiste",
            "revolutionnaire", "provisoire", "transitoire", "atlantique", "asiatique", "americain", "financier",
            "financiere", "mixte", "conjoint", "conjointe", "interministeriel", "interministerielle", "nucleaire",
            "spatiale", "aerienne", "navale", "terrestre", "maritime", "civile", "penal", "penale", "electoral",
            "electorale", "legislatif", "legislative", "independant", "independante"),
    /** Heads whose country adjective becomes a feature ({@code ministère vietnamien}). */
    COUNTRY_HEAD("ministere", "departement", "police", "gendarmerie", "marine", "armee", "ministeres", "douane",
            "douanes", "garde-cotes", "garde-cote"),
    // EventRule
    /** Meeting nouns of events. */
    MEETING("conference", "sommet", "forum", "assemblee", "congres", "reunion", "session", "dialogue", "conseil",
            "festival", "salon", "exposition", "jeux", "symposium", "colloque", "seminaire", "semaine", "journee",
            "championnat", "coupe", "edition", "table", "rencontre"),
    /** Meetings named without an ordinal ({@code Sommet de l'OTAN}). */
    NAMED_WITHOUT_ORDINAL("conference", "sommet", "forum", "congres", "symposium", "jeux", "festival", "colloque"),
    /** Ordinals in words. */
    ORDINAL_WORD("premier", "premiere", "deuxieme", "second", "seconde", "troisieme", "quatrieme", "cinquieme",
            "sixieme", "septieme", "huitieme", "neuvieme", "dixieme"),
    // LawRule
    /** Head nouns of legal instruments. */
    LAW_HEAD("convention", "loi", "traite", "accord", "accords", "pacte", "charte", "protocole", "declaration",
            "directive", "reglement", "code", "decret", "constitution", "strategie", "accord-cadre", "convention-cadre", "resolution",
            "ordonnance", "amendement", "statut", "memorandum", "doctrine", "consensus", "plan"),
    /** {@code relatif à}: an adjective whose {@code à} belongs to the name ({@code Convention relative aux droits de l'enfant}). */
    RELATIVE("relatif", "relative", "relatifs", "relatives"),
    /** Programmes named by their horizon year ({@code Agenda 2063}, {@code Vision 2030}). */
    DATED_PROGRAMME("agenda", "vision"),
    /** Cardinal points: capitalised after a name they make another place ({@code Atlantique Nord}). */
    CARDINAL_POINT("nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest"),
    /** Instruments counted in points ({@code consensus en cinq points}). */
    POINTED("consensus", "plan", "accord", "programme", "feuille"),
    /** Numbers in words. */
    COUNT("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "quinze",
            "vingt"),
    /** Nouns of complex prepositions ({@code au cœur de}, {@code à la tête de}), which end a name. */
    LOCUTION_NOUN("coeur", "cœur", "sein", "cote", "cotes", "tete", "cours", "issue", "occasion", "profit", "egard", "approche",
            "lendemain", "origine", "detriment", "instar", "heure", "milieu", "terme", "encontre", "appui", "veille"),
    /** Instruments known by a number ({@code Résolution 57}). */
    NUMBERED_LAW("resolution", "loi", "decret", "directive", "reglement"),
    // ContextRule
    /** Nouns that type the name after them as an organisation ({@code groupe}, {@code journal}). */
    ORGANIZATION_NOUN("groupe", "journal", "quotidien", "hebdomadaire", "ransomware", "rancongiciel", "societe",
            "compagnie", "entreprise", "banque", "operateur", "constructeur", "firme", "start-up", "chaine", "agence",
            "gang", "cartel", "reseau", "plateforme", "messagerie", "site", "fabricant", "geant", "editeur", "club",
            "parti", "milice", "milices", "mouvement", "usine", "conglomerat", "consortium", "ong", "organisation",
            "fondation", "association", "coalition"),
    /** Adjectives between such a noun and the name ({@code compagnie aérienne}). */
    COMPANY_ADJECTIVE("aerienne", "petroliere", "petrolier", "miniere", "minier", "publique", "public", "privee",
            "prive", "ferroviaire", "maritime", "pharmaceutique", "technologique"),
    /** Nouns of an apposition that makes a company ({@code VietJet, une compagnie}). */
    COMPANY_APPOSITION("compagnie", "societe", "entreprise", "groupe", "banque", "firme", "constructeur", "operateur",
            "start-up", "multinationale", "filiale", "messagerie", "plateforme", "milice", "guerilla", "rebellion",
            "faction", "coalition", "organisation", "ong", "association", "fondation", "formation"),
    // InstitutionNameRule
    /** English institutional heads and newspaper words. */
    ENGLISH_HEAD("agency", "centre", "center", "directorate", "bureau", "office", "service", "command", "department",
            "council", "authority", "institute", "commission", "group", "corporation", "foundation", "journal",
            "times", "post", "news", "herald", "tribune", "gazette", "network", "watch", "wing"),
    /** Hospitals. */
    HOSPITAL("hopital", "chu", "clinique"),
    // GazetteerRule, RoleReader, GuessRule
    /** Nouns of a state's formal name ({@code République du Niger}). */
    STATE("republique", "royaume", "principaute", "sultanat", "emirat", "federation", "etat"),
    /** Qualifiers before a role that are not part of it. */
    QUALIFIER("nouveau", "nouvelle", "ancien", "ancienne", "futur", "future", "actuel", "actuelle", "regrette",
            "regrettee", "alors", "desormais", "ex", "defunt"),
    /** Prepositions before a guessed place. */
    PLACE_PREPOSITION("a"),
    // DateAnnotator, QuantityAnnotator
    /** Month names, January first, as the JDK writes them in French, folded ({@code fevrier}, {@code aout}). */
    MONTH(frenchMonths()),
    /** Days of the week. */
    WEEKDAY("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    /** Scales of a number. */
    SCALE("million", "millions", "milliard", "milliards", "mille"),
    /** Units of a quantity. */
    UNIT("%", "€", "$", "m€", "md€", "euro", "euros", "dollar", "dollars", "usd", "tonne", "tonnes", "kilo", "kilos",
            "kg", "km", "metre", "metres", "cas", "personnes", "pays", "delegations", "morts", "blesses", "suspects",
            "victimes", "membres", "habitants", "soldats", "ans", "heures", "jours", "minutes", "organisations",
            "entreprises", "drones", "navires", "armes", "arrestations", "saisies", "enquetes", "attaques",
            "cyberattaques", "comptes", "transactions", "votes", "voix", "points", "semaines", "mois", "annees",
            "fois", "participants", "delegues", "experts", "sites"),
    // PersonNames, Coreference
    /** Honorifics before a name ({@code M.}, {@code Mme}). */
    HONORIFIC("m", "mme", "mlle", "mm", "dr", "pr", "me", "sir", "lord", "mgr"),
    /** Particles inside a name ({@code von der}, {@code Le}). */
    PARTICLE("von", "van", "der", "den", "de", "du", "da", "dos", "di", "bin", "ben", "ibn", "al", "el", "la", "le",
            "ter", "zu"),
    /** Capitalised words that end a name even inside it. */
    NAME_BREAK("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "et", "ou", "en", "au", "aux", "a",
            "photo", "source", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    /** Words that do not tell two names apart. */
    NOT_CONTENT("sur", "contre", "pour", "aux", "au", "l", "d"),
    // ContextRule
    /** Place nouns that stay in the place's name ({@code lac Truc Bach}). */
    PLACE_NOUN_KEPT("lac", "mont", "ile", "iles", "archipel", "fleuve", "riviere", "rue", "avenue", "boulevard",
            "place", "aeroport", "port", "detroit", "golfe", "baie", "mer", "ocean", "cap", "banc", "atoll", "peninsule",
            "corridor", "monts", "vallee", "palais", "ligne", "foret", "plaine", "plateau", "dorsale", "recif",
            "haut-fond", "oued", "ravin", "desert", "massif", "colline", "lagune", "glacier", "prison",
            "mosquee", "eglise", "cathedrale", "temple", "barrage", "centrale"),
    /** Place nouns that do not ({@code province de Ninh Binh}). */
    PLACE_NOUN_DROPPED("province", "region", "district", "ville", "commune", "village", "prefecture", "salle",
            "stade", "quartier", "canton", "oblast", "etat", "hopital", "mairie", "maire", "gare", "secteur",
            "poste-frontiere", "bidonville", "camp", "localite"),
    // the lexicon's files, loaded by FrenchLexicon
    /** Words never names even capitalised ({@code lexicon/stopwords.txt}). */
    STOPWORD,
    /** Given names ({@code lexicon/first-names.txt}). */
    FIRST_NAME,
    /**
     * Given names of many languages ({@code lexicon/given-names.txt}, generated from faker-js): weaker
     * evidence than {@link #FIRST_NAME}, so a place guess after {@code à} still wins over them.
     */
    GIVEN_NAME,
    /** Vietnamese family names ({@code lexicon/vietnamese-surnames.txt}). */
    VIETNAMESE_SURNAME,
    /** Chinese family names in pinyin ({@code lexicon/chinese-surnames.txt}): name order only. */
    CHINESE_SURNAME,
    /** Country adjectives in any gender and number ({@code lexicon/demonyms.tsv}). */
    DEMONYM;

    private final List<String> words;
    private final long bit;

    /** A class whose words are listed here; the lexicon's classes have none and get theirs when loaded. */
    WordClass(String... words) {
        this.words = List.of(words);
        this.bit = 1L << ordinal();
    }

    public List<String> words() {
        return words;
    }

    private static String[] frenchMonths() {
        return Arrays.stream(Month.values()).map(m -> NameKey.fold(m.getDisplayName(TextStyle.FULL, Locale.FRENCH)))
                .toArray(String[]::new);
    }

    public long bit() {
        return bit;
    }
}
