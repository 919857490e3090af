// Price wording against marketing's positioning: discount talk contradicts a premium or quality
// positioning, while a value or cost-leader positioning may well compete on price.

import { compileTerms } from "../text";

export const DISCOUNT_WORDS = compileTerms([
  // German.
  "*rabatt*",
  "preisnachlass*",
  "preisnachlaess*",
  "*preissenkung*",
  "*preisreduzierung*",
  "*preisreduktion*",
  "preis* ~ (senk*|reduzier*|kuerz*|nachlass*)",
  "(senk*|reduzier*|kuerz*) ~ preis*",
  "kampfpreis*",
  "sonderkondition*",
  "sonderpreis*",
  "*dumping*",
  "(billigst*|guenstigst*) ~ anbieter*",
  "billigst*",
  "billiganbieter*",
  "preiskampf*",
  "preiskrieg*",
  "unterbiet*",
  "*preiszugestaendnis*",
  // English.
  "discount*",
  "price ~ cuts?",
  "(cut*|lower*|reduc*|slash*|drop*) ~ prices?",
  "prices? ~ (cuts?|reductions?)",
  "rebates?",
  "cheapest",
  "undercut*",
  "price ~ wars?",
  { match: "low cost", except: ["low cost of ownership"] },
  "lowcost",
  "markdowns?",
  "special pricing",
  "price concessions?",
]);

export const PREMIUM_POSITIONING_WORDS = compileTerms([
  "*premium*",
  "qualitaetsfuehr*",
  "qualitaetsanbieter*",
  "hochwertig*",
  "innovationsfuehr*",
  "technologiefuehr*",
  "luxus*",
  "exklusiv*",
  "quality ~ lead*",
  "innovation ~ lead*",
  "technology ~ lead*",
  "high ~ end",
  "luxury",
  "exclusive",
]);
