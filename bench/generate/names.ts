// Invented people for the long tail of a large corpus: officials, spokespeople, governors and
// analysts with culture-appropriate names and the transliteration variants real outlets disagree on
// ("Serhiy"/"Sergiy", "Choe"/"Choi"). A fixed pool drawn with Zipf weights, so the number of distinct
// people grows with corpus size the way real news does (sub-linearly), not one new person per article.
import type { Country, Lexicon, Organization, Person, Place } from './lexicon.js';
import type { Rng } from './prng.js';

type Culture = 'ukrainian' | 'russian' | 'korean' | 'persian' | 'chinese' | 'english' | 'european' | 'arabic';

const FIRST: Record<Culture, string[]> = {
  ukrainian: ['Oleksandr', 'Serhiy', 'Dmytro', 'Andriy', 'Mykola', 'Yuriy', 'Olena', 'Iryna', 'Oksana', 'Vitaliy', 'Taras', 'Bohdan', 'Kateryna', 'Yulia', 'Roman', 'Ihor', 'Maksym', 'Halyna'],
  russian: ['Sergey', 'Alexei', 'Dmitry', 'Nikolai', 'Mikhail', 'Andrei', 'Yevgeny', 'Igor', 'Maria', 'Anna', 'Olga', 'Valery', 'Pavel', 'Konstantin', 'Viktor', 'Tatiana'],
  korean: ['Song-il', 'Yong-ho', 'Chol-su', 'Myong-guk', 'Kwang-jin', 'Hye-jin', 'Su-yong', 'Jin-hyok', 'Kyong-hui', 'Tae-song'],
  persian: ['Ali', 'Hossein', 'Mohammad', 'Reza', 'Mehdi', 'Abbas', 'Hamid', 'Saeed', 'Maryam', 'Zahra', 'Nasser', 'Kazem'],
  chinese: ['Wei', 'Jun', 'Lei', 'Ming', 'Hua', 'Jie', 'Qiang', 'Yan', 'Xiaoming', 'Guowei', 'Jianguo', 'Lihua'],
  english: ['James', 'Michael', 'Sarah', 'Emily', 'David', 'John', 'Robert', 'Laura', 'Daniel', 'Rachel', 'Thomas', 'Catherine', 'Peter', 'Helen', 'Mark', 'Anne'],
  european: ['Jean', 'Pierre', 'Anna', 'Katarzyna', 'Tomasz', 'Jan', 'Lukas', 'Sophie', 'Henrik', 'Marek', 'Piotr', 'Claire', 'Matteo', 'Ingrid'],
  arabic: ['Mehmet', 'Ahmet', 'Mustafa', 'Khalid', 'Omar', 'Faisal', 'Yusuf', 'Hamad', 'Tariq', 'Leila'],
};
const LAST: Record<Culture, string[]> = {
  ukrainian: ['Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Lysenko', 'Marchenko', 'Savchenko', 'Rudenko', 'Hrytsenko', 'Petrenko', 'Moroz', 'Pavlenko', 'Kuzmenko', 'Yaremchuk', 'Hnatyuk', 'Lytvyn', 'Karpenko', 'Dovzhenko', 'Bilousov'],
  russian: ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Sokolov', 'Lebedev', 'Kozlov', 'Novikov', 'Morozov', 'Volkov', 'Fedorov', 'Orlov', 'Belov', 'Zaitsev', 'Pavlov', 'Semyonov', 'Golubev', 'Vinogradov', 'Bogdanov', 'Gromov'],
  korean: ['Kim', 'Ri', 'Pak', 'Choe', 'Jong', 'Kang', 'Han', 'Yun', 'Jang', 'Hyon'],
  persian: ['Ahmadi', 'Hosseini', 'Rezaei', 'Mousavi', 'Karimi', 'Jafari', 'Rahimi', 'Sadeghi', 'Tehrani', 'Bagheri', 'Ghorbani', 'Nazari'],
  chinese: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Sun', 'Ma'],
  english: ['Miller', 'Carter', 'Hughes', 'Bennett', 'Foster', 'Ward', 'Sullivan', 'Brooks', 'Hayes', 'Reed', 'Coleman', 'Grant', 'Porter', 'Barnes', 'Fisher', 'Holt', 'Lawson', 'Pierce', 'Walsh', 'Doyle'],
  european: ['Dubois', 'Moreau', 'Kowalski', 'Nowak', 'Schmidt', 'Becker', 'Fischer', 'Wagner', 'Laurent', 'Lefevre', 'Wisniewski', 'Jansen', 'Rossi', 'Lindqvist'],
  arabic: ['Yilmaz', 'Demir', 'Kaya', 'Celik', 'Aydin', 'Al Hashimi', 'Al Mansoori', 'Haddad', 'Nasser', 'Saleh'],
};
/** transliteration pairs applied to whole name parts */
const VARIANTS: Record<string, string> = {
  Serhiy: 'Sergiy', Andriy: 'Andrii', Yuriy: 'Yurii', Vitaliy: 'Vitalii', Oleksandr: 'Olexandr', Dmytro: 'Dmitro', Ihor: 'Igor',
  Kateryna: 'Katerina', Yulia: 'Yuliia', Hrytsenko: 'Grytsenko', Hnatyuk: 'Gnatyuk', Halyna: 'Galyna', Bilousov: 'Belousov',
  Sergey: 'Sergei', Alexei: 'Alexey', Dmitry: 'Dmitri', Yevgeny: 'Evgeny', Valery: 'Valeriy', Semyonov: 'Semenov', Zaitsev: 'Zaytsev',
  Choe: 'Choi', Pak: 'Park', Ri: 'Rhee', Mohammad: 'Mohammed', Hossein: 'Hussein', Mousavi: 'Musavi', Saeed: 'Said', Jafari: 'Jafary',
};

const CULTURE_OF_COUNTRY: Record<string, Culture> = {
  Ukraine: 'ukrainian', Russia: 'russian', Belarus: 'russian', Kazakhstan: 'russian', 'North Korea': 'korean', 'South Korea': 'korean',
  Iran: 'persian', China: 'chinese', 'United States': 'english', 'United Kingdom': 'english', Canada: 'english', Australia: 'english',
  Turkey: 'arabic', 'United Arab Emirates': 'arabic', Qatar: 'arabic', 'Saudi Arabia': 'arabic', Syria: 'arabic', Egypt: 'arabic',
};

const COUNTRY_TITLES = ['Defense Minister', 'Foreign Minister', 'Deputy Foreign Minister', 'national security adviser', 'military spokesperson',
  'presidential adviser', 'ambassador to the United Nations', 'chief of the General Staff', 'Deputy Prime Minister', 'Energy Minister', 'army commander'];
const ORG_TITLES = ['spokesperson', 'analyst', 'senior fellow', 'director', 'researcher', 'deputy head', 'press secretary'];
const PLACE_TITLES = ['governor', 'mayor', 'regional governor'];

function variantOf(name: string): string | undefined {
  const parts = name.split(' ');
  const changed = parts.map((p) => VARIANTS[p] ?? p);
  if (changed.every((p, i) => p === parts[i])) {
    if (/-/.test(name)) return name.replace(/-(\w)/, (_m, c: string) => ` ${c.toUpperCase()}`); // Song-il → Song Il
    return undefined;
  }
  return changed.join(' ');
}

function personName(rng: Rng, culture: Culture): { name: string; surname: string } {
  const first = rng.pick(FIRST[culture]);
  const last = rng.pick(LAST[culture]);
  if (culture === 'korean' || culture === 'chinese') return { name: `${last} ${first}`, surname: last };
  return { name: `${first} ${last}`, surname: last };
}

/** `size` invented people, deterministic for a given rng; affiliations point at lexicon entries */
export function inventPeople(rng: Rng, lexicon: Lexicon, size: number): Person[] {
  const people: Person[] = [];
  const used = new Set(lexicon.people.map((p) => p.name));
  const countries: Country[] = lexicon.countries.slice(0, 40);
  const orgs: Organization[] = lexicon.organizations.slice(0, 40);
  const places: Place[] = lexicon.places.filter((p) => p.kind === 'city' || p.kind === 'region').slice(0, 60);
  for (let i = 0; people.length < size && i < size * 20; i++) {
    const kind = rng.next();
    let title: string;
    let of: string;
    let culture: Culture;
    if (kind < 0.55 || orgs.length === 0) {
      const c = rng.zipf(countries, 0.9);
      title = rng.pick(COUNTRY_TITLES); of = c.name; culture = CULTURE_OF_COUNTRY[c.name] ?? 'european';
    } else if (kind < 0.85 || places.length === 0) {
      const o = rng.zipf(orgs, 0.9);
      title = rng.pick(ORG_TITLES); of = o.name; culture = (o.country && CULTURE_OF_COUNTRY[o.country]) || rng.pick<Culture>(['english', 'european']);
    } else {
      const p = rng.zipf(places, 0.9);
      title = rng.pick(PLACE_TITLES); of = p.name; culture = (p.country && CULTURE_OF_COUNTRY[p.country]) || 'european';
    }
    const { name, surname } = personName(rng, culture);
    if (used.has(name)) continue;
    used.add(name);
    const variant = variantOf(name);
    people.push({ name, surname, title, of, variants: variant ? [variant] : [] });
  }
  return people;
}
