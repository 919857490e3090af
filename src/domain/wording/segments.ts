// Segments as marketing names them and as goals and account sheets write them: "Rüstungsindustrie"
// is also "Rüstungszulieferer" (the same core, another compound), "Wehrtechnik" and "defence"
// (synonyms, across languages); "Glücksspiel" is also "Sportwetten" and "sports betting".

import { compileLexicon, holdsPart, type Entry, type Lexicon } from "./lexicon";
import { wordMatches } from "../text";
import { germanKey } from "./tokens";

/** Generic heads and words of segment names; the core is what is left ("Tabak" of "Tabakindustrie"). */
const GENERIC = new Set(
  [
    "industrie",
    "branche",
    "sektor",
    "segment",
    "markt",
    "maerkte",
    "wirtschaft",
    "unternehmen",
    "hersteller",
    "produkte",
    "waren",
    "geschaeft",
    "kunden",
    "bereich",
    "industry",
    "industries",
    "sector",
    "segment",
    "market",
    "markets",
    "companies",
    "business",
    "products",
    "goods",
    "manufacturers",
    "and",
    "und",
    "the",
    "die",
    "der",
  ].map(germanKey),
);

/** Synonym groups: one segment, its words in German and English. */
const SYNONYMS: readonly { de: readonly Entry[]; en: readonly Entry[] }[] = [
  {
    de: [
      "ruestung",
      "wehrtechnik",
      "verteidigungsindustrie",
      "verteidigungstechnik",
      "waffe",
      "munition",
      "militaer",
      "bundeswehr",
      { match: "panzer", except: ["panzerglas*", "panzerschrank*", "panzertape*"] },
      "kampfflugzeug",
      "kriegsschiff",
      "kriegsgeraet",
      // The buyer side of defence: ministries, procurement offices, armed forces.
      "verteidigungsministeri*",
      "bundesministerium der verteidigung",
      "(bmvg|baainbw)",
      "streitkraefte*",
      "=armee",
      "kriegsmarine",
    ],
    en: [
      "defence",
      "defense",
      "military",
      "weapons",
      "weapon",
      "arms (industry|trade|makers?|manufactur*|dealers?|exports?)",
      "munitions",
      "ammunition",
      "armament*",
      "armed forces",
      "warfare",
      "battle tanks?",
      "armou?red (vehicles?|carriers?)",
      "warships?",
      "fighter (jets?|aircraft|planes?)",
      "(ministry|department|secretary) of (defence|defense|war)",
      "(army|armies|navy|navies|pentagon|nato)",
      "air force",
    ],
  },
  {
    de: [
      "gluecksspiel",
      "=wette",
      "=wetten",
      "sportwette",
      "wettbuero",
      "wettanbieter",
      "casino",
      "spielbank",
      "spielhalle",
      "spielautomat",
      "lotterie",
      "lotto",
      "spielothek",
      "automatenhalle",
      "automatenspiel",
      "automatencasino",
      "buchmacher",
      "poker",
      "(wettportal|wettplattform|wettannahme|wettseite|wettapp|wettangebot|onlinewett)*",
      "online ~ (wetten|wettanbieter*|casino*)",
    ],
    en: [
      "gambling",
      "betting",
      "sports betting",
      "bookmakers?",
      "casinos?",
      "lottery",
      "lotteries",
      "slot machines?",
      "wagering",
      "igaming",
      "(amusement|gaming|slot|slots) (arcades?|halls?|parlou?rs?)",
      "bingo halls?",
      "poker",
      "bookies?",
      "(betting|gambling|wagering) (sites?|portals?|platforms?|apps?|operators?|shops?)",
      "sportsbooks?",
    ],
  },
  {
    de: [
      "tabak",
      "zigarette",
      "zigarre",
      "zigarillo",
      "rauchware",
      "nikotin",
      "ezigarette",
      "shisha",
      "snus",
    ],
    en: [
      "tobacco",
      "cigarettes?",
      "cigars?",
      "cigarillos?",
      "nicotine",
      "vaping",
      "vapes?",
      "e ~ cigarettes?",
      "shisha",
      "snus",
    ],
  },
  {
    de: ["alkohol", "spirituose", "brennerei", "destillerie", "schnaps"],
    en: ["alcohol", "spirits", "liquor", "distiller*", "alcoholic"],
  },
  {
    de: [
      "kohle",
      "braunkohle",
      "steinkohle",
      "kohlekraftwerk",
      "kohlebergbau",
      "kohleverstromung",
      "zeche",
      "kokerei",
      "braunkohletagebau",
    ],
    en: ["coal", "coal mining", "lignite", "collier(y|ies)", "coking plants?", "anthracite"],
  },
  {
    de: ["kernkraft", "kernenergie", "atomkraft", "atomenergie", "kernkraftwerk", "atomkraftwerk"],
    en: ["nuclear power", "nuclear energy", "nuclear (plants?|reactors?)"],
  },
  {
    de: [
      "erotik",
      "erwachsenenunterhaltung",
      "pornografie",
      "porno",
      "sexindustrie",
      "sexshop",
      "bordell",
      "rotlicht",
      "stripclub",
    ],
    en: [
      "adult entertainment",
      "adult (content|sites?|platforms?|films?|videos?|stores?|shops?|industry|websites?|channels?)",
      "pornography",
      "porn*",
      "sex (shops?|industry|work)",
      "strip clubs?",
      "xxx",
      "escort (services?|agenc*)",
    ],
  },
  {
    de: ["erdoel", "erdgas", "fracking", "oelindustrie", "oel und gas"],
    en: ["oil and gas", "petroleum", "fracking", "oil sands"],
  },
  {
    de: ["kryptowaehrung"],
    en: ["crypto*", "cryptocurrenc*"],
  },
];

/**
 * Words that share a segment's letters or name it as a harm to fight, not a business to serve:
 * "Waffelproduktion" (not "Waffen"), "Kohlendioxid" (not "Kohle"), "Spielsucht", "gambling
 * addiction", "smoking cessation".
 */
const FALSE_FRIENDS: readonly string[] = [
  "waffel*",
  "kohlen(dioxid|stoff|saeure|hydrat|monoxid)*",
  "*(sucht|suecht|praevention|entwoehnung)*",
  "* (sucht|praevention|entwoehnung|abhaengigkeit)",
  "* (addict*|prevention|cessation|treatment|rehab*|counsel*|harm)",
  "carbon*",
];

const withFalseFriends = (entry: Entry): Entry =>
  typeof entry === "string"
    ? { match: entry, except: FALSE_FRIENDS }
    : { match: entry.match, except: [...entry.except, ...FALSE_FRIENDS] };

const words = (text: string) => Array.from(wordMatches(text), (m) => germanKey(m[0]));

/** The core words of a segment name: its words without generic heads ("rustung" of "Rüstungsindustrie"). */
export function segmentCore(segment: string): string[] {
  const out: string[] = [];
  for (const word of words(segment)) {
    if (GENERIC.has(word)) continue;
    let core = word;
    for (const head of GENERIC) {
      // "rustungsindustrie" → "rustung": a generic head (and the linking s) is cut off.
      if (core.length > head.length + 2 && core.endsWith(head)) {
        core = core.slice(0, -head.length).replace(/s$/, "");
        break;
      }
    }
    out.push(core);
  }
  return out;
}

const matchers = new Map<string, Lexicon | null>();

/** A lexicon for a segment name: its core as word and compound part, and its synonyms. */
export function segmentLexicon(segment: string): Lexicon | null {
  const cached = matchers.get(segment);
  if (cached !== undefined) return cached;
  const core = segmentCore(segment);
  let lexicon: Lexicon | null = null;
  if (core.length > 0) {
    const de: Entry[] = [core.join(" ")];
    const en: Entry[] = [core.join(" ")];
    for (const group of SYNONYMS) {
      const members = [...group.de, ...group.en].map((e) => germanKey(typeof e === "string" ? e : e.match));
      // A compound segment name belongs to the group of its part: "Kohleverstromung" to coal.
      const inGroup = core.some((c) =>
        members.some(
          (m) => m === c || (c.length >= 4 && m.startsWith(c)) || (m.length >= 4 && holdsPart(c, m)),
        ),
      );
      if (inGroup) {
        de.push(...group.de);
        en.push(...group.en);
      }
    }
    lexicon = compileLexicon({ de: de.map(withFalseFriends), en: en.map(withFalseFriends) });
  }
  if (matchers.size > 500) matchers.clear();
  matchers.set(segment, lexicon);
  return lexicon;
}

/**
 * Converting away from a segment is no business in it: what is left stands inside the
 * conversion's span ("Umrüstung ihres Kohlekessels auf Biomasse", "convert its coal boiler to
 * biomass"); exits ("Ausstieg aus der Kohle", "phase out") are negation cues (negations.ts).
 */
export const SEGMENT_CONVERSIONS = compileLexicon({
  de: [
    "(umruest*|umgeruestet|umstell*|umgestellt|umstieg*|umbau*|umgebaut|umwandl*|umgewandelt) … (auf|zu|in)",
    "(ersetz*|ersatz) … durch",
  ],
  en: [
    "(convert*|conversion*|retrofit*|switch*|transition*|migrat*|repower*) … (to|into|onto)",
    "replac(e|es|ed|ing|ement) … (with|by)",
  ],
});
