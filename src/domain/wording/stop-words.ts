// Function words of German and English (folded). They carry no content, so they are left out
// when the mission is compared with the vision.

const GERMAN = `
der die das den dem des ein eine einer eines einem einen kein keine keinen keinem keiner
und oder aber sondern denn doch auch noch nur schon so wie als ob wenn dann damit dass dass
in im ins an am auf aus bei beim bis durch fuer gegen mit nach ohne seit ueber um unter von vom vor
zu zum zur zwischen hinter neben waehrend wegen trotz
ich du er sie es wir ihr man mich mir uns euch sich
mein meine dein deine sein seine seiner seinen seinem ihr ihre ihrer ihren ihrem ihres
unser unsere unserer unseren unserem unseres euer eure
bin bist ist sind seid war waren gewesen werde wirst wird werden werdet wurde wurden worden
habe hast hat haben habt hatte hatten gehabt
kann koennen konnte muss muessen musste will wollen wollte soll sollen sollte moechten darf duerfen
dies diese dieser dieses diesem diesen jene jener jenes
dort hier da dazu dabei davon dafuer darin darauf hierfuer dadurch
sehr mehr immer jede jeder jedes jeden jedem alle allen aller alles viel viele
nicht auch etwa ganz selbst sowie sowohl weder
`;

const ENGLISH = `
the a an and or but nor so as than then if that this these those there here
in on at by for from to with of into onto over under about within without through via
we us our ours ourselves they them their theirs it its itself you your he she his her
is are was were be been being am will would shall should can could may might must
have has had having do does did done
not no all each every any some more most very also only just even still
what which who whom whose when where why how
`;

const words = (list: string) => list.split(/\s+/).filter((w) => w !== "");

export const STOP_WORDS: ReadonlySet<string> = new Set([...words(GERMAN), ...words(ENGLISH)]);
