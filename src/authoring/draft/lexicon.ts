// The football words the drafter knows: they type the names an article uses, and they are where
// suggested pools come from. Canonical spellings here are the ones written into packs.

export interface NationalTeam {
  name: string;
  confederation: 'UEFA' | 'CONMEBOL' | 'CONCACAF' | 'CAF' | 'AFC';
  /** The adjective, which counts as a mention of the team ("his French team-mates"). */
  demonym?: string;
  /** Other names of the team itself ("Les Bleus", "Holland"). */
  aliases?: string[];
  /** Head coaches, oldest first: a pool for "which coach" facts about this team's players. */
  coaches?: string[];
}

export const NATIONAL_TEAMS: readonly NationalTeam[] = [
  { name: 'France', confederation: 'UEFA', demonym: 'French', aliases: ['Les Bleus'],
    coaches: ['Aimé Jacquet', 'Roger Lemerre', 'Jacques Santini', 'Raymond Domenech', 'Laurent Blanc', 'Didier Deschamps'] },
  { name: 'Spain', confederation: 'UEFA', demonym: 'Spanish',
    coaches: ['Luis Aragonés', 'Vicente del Bosque', 'Julen Lopetegui', 'Luis Enrique', 'Luis de la Fuente'] },
  { name: 'Germany', confederation: 'UEFA', demonym: 'German', coaches: ['Rudi Völler', 'Jürgen Klinsmann', 'Joachim Löw', 'Hansi Flick', 'Julian Nagelsmann'] },
  { name: 'Italy', confederation: 'UEFA', demonym: 'Italian', coaches: ['Marcello Lippi', 'Cesare Prandelli', 'Antonio Conte', 'Roberto Mancini', 'Luciano Spalletti'] },
  { name: 'England', confederation: 'UEFA', demonym: 'English', coaches: ['Sven-Göran Eriksson', 'Fabio Capello', 'Roy Hodgson', 'Gareth Southgate'] },
  { name: 'Portugal', confederation: 'UEFA', demonym: 'Portuguese', coaches: ['Luiz Felipe Scolari', 'Paulo Bento', 'Fernando Santos', 'Roberto Martínez'] },
  { name: 'Netherlands', confederation: 'UEFA', demonym: 'Dutch', aliases: ['Holland'], coaches: ['Marco van Basten', 'Bert van Marwijk', 'Louis van Gaal', 'Ronald Koeman'] },
  { name: 'Belgium', confederation: 'UEFA', demonym: 'Belgian', coaches: ['Marc Wilmots', 'Roberto Martínez', 'Domenico Tedesco'] },
  { name: 'Croatia', confederation: 'UEFA', demonym: 'Croatian', coaches: ['Slaven Bilić', 'Zlatko Dalić'] },
  { name: 'Switzerland', confederation: 'UEFA', demonym: 'Swiss' },
  { name: 'Austria', confederation: 'UEFA', demonym: 'Austrian' },
  { name: 'Denmark', confederation: 'UEFA', demonym: 'Danish' },
  { name: 'Sweden', confederation: 'UEFA', demonym: 'Swedish' },
  { name: 'Poland', confederation: 'UEFA', demonym: 'Polish' },
  { name: 'Ukraine', confederation: 'UEFA', demonym: 'Ukrainian' },
  { name: 'Greece', confederation: 'UEFA', demonym: 'Greek' },
  { name: 'Czech Republic', confederation: 'UEFA', aliases: ['Czechia'] },
  { name: 'Serbia', confederation: 'UEFA', demonym: 'Serbian' },
  { name: 'Turkey', confederation: 'UEFA', aliases: ['Türkiye'] },
  { name: 'Scotland', confederation: 'UEFA', demonym: 'Scottish' },
  { name: 'Wales', confederation: 'UEFA', demonym: 'Welsh' },
  { name: 'Norway', confederation: 'UEFA', demonym: 'Norwegian' },
  { name: 'Romania', confederation: 'UEFA', demonym: 'Romanian' },
  { name: 'Hungary', confederation: 'UEFA', demonym: 'Hungarian' },
  { name: 'Iceland', confederation: 'UEFA', demonym: 'Icelandic' },
  { name: 'Brazil', confederation: 'CONMEBOL', demonym: 'Brazilian' },
  { name: 'Argentina', confederation: 'CONMEBOL', demonym: 'Argentine' },
  { name: 'Uruguay', confederation: 'CONMEBOL', demonym: 'Uruguayan' },
  { name: 'Colombia', confederation: 'CONMEBOL', demonym: 'Colombian' },
  { name: 'Chile', confederation: 'CONMEBOL', demonym: 'Chilean' },
  { name: 'Paraguay', confederation: 'CONMEBOL' },
  { name: 'Ecuador', confederation: 'CONMEBOL' },
  { name: 'Peru', confederation: 'CONMEBOL' },
  { name: 'Mexico', confederation: 'CONCACAF', demonym: 'Mexican' },
  { name: 'United States', confederation: 'CONCACAF', aliases: ['USA', 'USMNT'] },
  { name: 'Canada', confederation: 'CONCACAF' },
  { name: 'Costa Rica', confederation: 'CONCACAF' },
  { name: 'Morocco', confederation: 'CAF', demonym: 'Moroccan' },
  { name: 'Senegal', confederation: 'CAF', demonym: 'Senegalese' },
  { name: 'Nigeria', confederation: 'CAF', demonym: 'Nigerian' },
  { name: 'Cameroon', confederation: 'CAF' },
  { name: 'Ghana', confederation: 'CAF' },
  { name: 'Egypt', confederation: 'CAF' },
  { name: 'Algeria', confederation: 'CAF', demonym: 'Algerian' },
  { name: 'Ivory Coast', confederation: 'CAF', aliases: ["Côte d'Ivoire"] },
  { name: 'Tunisia', confederation: 'CAF' },
  { name: 'Japan', confederation: 'AFC', demonym: 'Japanese' },
  { name: 'South Korea', confederation: 'AFC', aliases: ['Korea Republic'] },
  { name: 'Australia', confederation: 'AFC' },
  { name: 'Saudi Arabia', confederation: 'AFC' },
  { name: 'Iran', confederation: 'AFC' },
  { name: 'Qatar', confederation: 'AFC' },
  { name: 'Republic of Ireland', confederation: 'UEFA', demonym: 'Irish', aliases: ['Ireland'] },
  { name: 'Northern Ireland', confederation: 'UEFA' },
  { name: 'Slovakia', confederation: 'UEFA', demonym: 'Slovak' },
  { name: 'Slovenia', confederation: 'UEFA', demonym: 'Slovenian' },
  { name: 'Albania', confederation: 'UEFA', demonym: 'Albanian' },
  { name: 'Georgia', confederation: 'UEFA', demonym: 'Georgian' },
  { name: 'Finland', confederation: 'UEFA', demonym: 'Finnish' },
  { name: 'Russia', confederation: 'UEFA', demonym: 'Russian' },
  { name: 'Bosnia and Herzegovina', confederation: 'UEFA', aliases: ['Bosnia'] },
  { name: 'Bulgaria', confederation: 'UEFA', demonym: 'Bulgarian' },
  { name: 'Venezuela', confederation: 'CONMEBOL' },
  { name: 'Bolivia', confederation: 'CONMEBOL' },
  { name: 'Jamaica', confederation: 'CONCACAF', demonym: 'Jamaican' },
  { name: 'Panama', confederation: 'CONCACAF' },
  { name: 'Mali', confederation: 'CAF' },
  { name: 'South Africa', confederation: 'CAF' },
  { name: 'New Zealand', confederation: 'AFC' },
  { name: 'China', confederation: 'AFC', demonym: 'Chinese' },
  { name: 'Iraq', confederation: 'AFC' },
  { name: 'Trinidad and Tobago', confederation: 'CONCACAF' },
  { name: 'West Germany', confederation: 'UEFA' },
  { name: 'Soviet Union', confederation: 'UEFA' },
  { name: 'Yugoslavia', confederation: 'UEFA' },
];

/** Club nicknames reports use as a second name: "the Gunners" are Arsenal. */
export const CLUB_NICKNAMES: Readonly<Record<string, string>> = {
  Gunners: 'Arsenal', Hammers: 'West Ham United', Toffees: 'Everton', Magpies: 'Newcastle United', Villans: 'Aston Villa',
  Citizens: 'Manchester City', 'Los Blancos': 'Real Madrid', Blaugrana: 'Barcelona', Rossoneri: 'AC Milan', Nerazzurri: 'Inter Milan',
  Bianconeri: 'Juventus', Partenopei: 'Napoli', Colchoneros: 'Atlético Madrid',
  // Only nicknames one club goes by ("Blues", "Reds" and "Eagles" are several clubs' and a nation's).
  Seagulls: 'Brighton & Hove Albion', Spurs: 'Tottenham Hotspur', Foxes: 'Leicester City', Wolves: 'Wolverhampton Wanderers',
  Baggies: 'West Bromwich Albion', Hornets: 'Watford', Cherries: 'Bournemouth', Clarets: 'Burnley', Canaries: 'Norwich City',
  Owls: 'Sheffield Wednesday', Blades: 'Sheffield United', Potters: 'Stoke City', Cottagers: 'Fulham', Pompey: 'Portsmouth',
  'Tractor Boys': 'Ipswich Town', Bees: 'Brentford',
};

/** Nicknames of a national side, men's or women's: "the Lionesses" is England women. */
export const TEAM_NICKNAMES: Readonly<Record<string, { team: string; women?: boolean }>> = {
  Lionesses: { team: 'England', women: true }, 'Three Lions': { team: 'England' }, Matildas: { team: 'Australia', women: true },
  Socceroos: { team: 'Australia' }, 'La Roja': { team: 'Spain' }, Azzurri: { team: 'Italy' }, Seleção: { team: 'Brazil' },
  Albiceleste: { team: 'Argentina' }, Oranje: { team: 'Netherlands' }, 'Les Bleus': { team: 'France' }, 'Red Devils': { team: 'Belgium' },
};

/** Words that name a person by nationality: "the Welshman" is a player from Wales. */
export const NATIONALITY_NOUNS: readonly string[] = [
  'Welshman', 'Welshwoman', 'Frenchman', 'Frenchwoman', 'Englishman', 'Englishwoman', 'Scot', 'Irishman', 'Dutchman',
  'Dutchwoman', 'Spaniard', 'Portuguese', 'Argentine', 'Argentinian', 'Brazilian', 'German', 'Italian', 'Norwegian', 'Swede',
  'Dane', 'Belgian', 'Croat', 'Uruguayan', 'Colombian', 'Egyptian', 'Senegalese', 'Nigerian', 'Moroccan', 'Pole', 'Serb',
  'Austrian', 'Swiss', 'American', 'Mexican', 'Canadian', 'Australian', 'Japanese', 'Korean', 'Chilean', 'Ivorian', 'Ghanaian',
];

/** Tournaments played in editions: "Euro 2008", "2010 World Cup". */
export interface Competition {
  name: string;
  aliases: string[];
  /** Years an edition is named after (Euro 2020 keeps its name although played in 2021). */
  editions: readonly number[];
  women?: boolean;
}

const every4 = (from: number, to: number, skip: readonly number[] = []) =>
  Array.from({ length: Math.floor((to - from) / 4) + 1 }, (_, i) => from + 4 * i).filter((y) => !skip.includes(y));

const range = (from: number, to: number, skip: readonly number[] = []) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((y) => !skip.includes(y));

export const COMPETITIONS: readonly Competition[] = [
  { name: 'World Cup', aliases: ['FIFA World Cup'], editions: every4(1930, 2026, [1942, 1946]) },
  { name: 'Euro', aliases: ['European Championship', 'European Championships', 'UEFA Euro', 'Euros'], editions: every4(1960, 2028) },
  { name: 'Women’s World Cup', aliases: ["Women's World Cup", 'FIFA Women’s World Cup', "FIFA Women's World Cup"], editions: every4(1991, 2027), women: true },
  { name: 'Women’s Euro', aliases: ["Women's Euro", 'Women’s Euros', "Women's Euros", 'Women’s European Championship', "Women's European Championship"],
    editions: [1984, 1987, 1989, 1991, 1993, 1995, 1997, 2001, 2005, 2009, 2013, 2017, 2022, 2025], women: true },
  { name: 'Copa América', aliases: ['Copa America'], editions: [1993, 1995, 1997, 1999, 2001, 2004, 2007, 2011, 2015, 2016, 2019, 2021, 2024] },
  { name: 'Africa Cup of Nations', aliases: ['AFCON', 'Africa Cup'], editions: [2000, 2002, 2004, 2006, 2008, 2010, 2012, 2013, 2015, 2017, 2019, 2021, 2023] },
  { name: 'Asian Cup', aliases: ['AFC Asian Cup'], editions: [1996, 2000, 2004, 2007, 2011, 2015, 2019, 2023] },
  { name: 'Gold Cup', aliases: ['CONCACAF Gold Cup'], editions: [1991, 1993, 1996, 1998, 2000, 2002, 2003, 2005, 2007, 2009, 2011, 2013, 2015, 2017, 2019, 2021, 2023] },
  { name: 'European Cup', aliases: [], editions: range(1956, 1992) },
  { name: 'Champions League', aliases: ['UEFA Champions League'], editions: range(1993, 2026) },
  { name: 'Women’s Champions League', aliases: ["Women's Champions League"], editions: range(2010, 2026), women: true },
  { name: 'Europa League', aliases: ['UEFA Europa League'], editions: range(2010, 2026) },
  { name: 'UEFA Cup', aliases: [], editions: range(1972, 2009) },
  { name: 'Cup Winners’ Cup', aliases: ["Cup Winners' Cup"], editions: range(1961, 1999) },
  { name: 'Premier League', aliases: ['English Premier League'], editions: range(1993, 2026) },
  { name: 'Women’s Super League', aliases: ["Women's Super League", 'WSL'], editions: range(2011, 2026), women: true },
  { name: 'La Liga', aliases: ['Primera División', 'Primera Division', 'LaLiga'], editions: range(1929, 2026) },
  { name: 'Serie A', aliases: [], editions: range(1930, 2026) },
  { name: 'Bundesliga', aliases: [], editions: range(1964, 2026) },
  { name: 'Ligue 1', aliases: [], editions: range(1933, 2026) },
  { name: 'FA Cup', aliases: ['Women’s FA Cup', "Women's FA Cup"], editions: range(1872, 2026) },
  { name: 'League Cup', aliases: ['EFL Cup', 'Carabao Cup'], editions: range(1961, 2026) },
  { name: 'Copa del Rey', aliases: [], editions: range(1903, 2026) },
  { name: 'Club World Cup', aliases: ['FIFA Club World Cup'], editions: range(2000, 2025) },
  { name: 'Nations League', aliases: ['UEFA Nations League'], editions: [2019, 2021, 2023, 2025] },
  { name: 'Olympic Games', aliases: ['Olympics'], editions: every4(1900, 2028, [1916, 1940, 1944]) },
  { name: 'Major League Soccer', aliases: ['MLS'], editions: range(1996, 2026) },
  { name: 'MLS Cup', aliases: [], editions: range(1996, 2026) },
  { name: 'Saudi Pro League', aliases: [], editions: range(2008, 2026) },
  { name: 'Eredivisie', aliases: [], editions: range(1957, 2026) },
  { name: 'Scottish Premiership', aliases: [], editions: range(2014, 2026) },
  { name: 'Copa Libertadores', aliases: [], editions: range(1960, 2026) },
  { name: 'Super Cup', aliases: ['UEFA Super Cup'], editions: range(1973, 2026) },
  { name: 'Leagues Cup', aliases: [], editions: range(2019, 2026) },
  { name: 'Community Shield', aliases: [], editions: range(1908, 2026) },
];

/** Trophies and awards: won, not played in editions. */
export interface Trophy {
  name: string;
  aliases: string[];
  /** Won with a club, with a national team, or alone. */
  kind: 'club' | 'national' | 'award';
}

export const TROPHIES: readonly Trophy[] = [
  { name: 'Champions League', aliases: ['UEFA Champions League', 'European Cup'], kind: 'club' },
  { name: 'Ballon d’Or', aliases: ["Ballon d'Or"], kind: 'award' },
  { name: 'Nations League', aliases: ['UEFA Nations League'], kind: 'national' },
  { name: 'Europa League', aliases: ['UEFA Europa League', 'UEFA Cup'], kind: 'club' },
  { name: 'Golden Boot', aliases: ['European Golden Shoe'], kind: 'award' },
  { name: 'Club World Cup', aliases: ['FIFA Club World Cup'], kind: 'club' },
  { name: 'Confederations Cup', aliases: ['FIFA Confederations Cup'], kind: 'national' },
  { name: 'Copa del Rey', aliases: [], kind: 'club' },
  { name: 'FA Cup', aliases: [], kind: 'club' },
  { name: 'Golden Ball', aliases: [], kind: 'award' },
  { name: 'The Best FIFA Men’s Player', aliases: ['FIFA Best Men’s Player'], kind: 'award' },
  { name: 'PFA Player of the Year', aliases: ['PFA Players’ Player of the Year', "PFA Players' Player of the Year"], kind: 'award' },
  { name: 'Golden Glove', aliases: [], kind: 'award' },
  { name: 'Kopa Trophy', aliases: [], kind: 'award' },
  { name: 'Puskás Award', aliases: [], kind: 'award' },
  { name: 'Footballer of the Year', aliases: [], kind: 'award' },
  { name: 'Gerd Müller Trophy', aliases: ['Gerd Muller Trophy'], kind: 'award' },
  { name: 'Yashin Trophy', aliases: [], kind: 'award' },
  { name: 'Golden Shoe', aliases: [], kind: 'award' },
  { name: 'League title', aliases: [], kind: 'club' },
];

/** Near misses for a national team's trophy that the lexicon tags as competitions, not trophies. */
export const NATIONAL_TITLES: readonly string[] = ['World Cup', 'European Championship', 'Confederations Cup', 'Copa América'];

export const SOCIAL_NETWORKS: readonly string[] = ['Instagram', 'Twitter', 'Facebook', 'TikTok', 'Snapchat', 'YouTube', 'Threads', 'Twitch'];

/** Job titles that introduce a person: "coach Raymond Domenech", "French President, Emmanuel Macron". */
export const COACH_ROLES: readonly string[] = ['coach', 'manager', 'head coach', 'boss', 'national coach', 'coaches'];
export const OTHER_ROLES: readonly string[] = ['president', 'captain', 'team-mate', 'teammate', 'chairman', 'referee', 'sporting director', 'agent'];


export function findNationalTeam(name: string): NationalTeam | undefined {
  const key = name.toLowerCase().replace(/[’']s$/, '');
  return NATIONAL_TEAMS.find((t) => [t.name, ...(t.aliases ?? [])].some((a) => a.toLowerCase() === key));
}

export function findCompetition(name: string): Competition | undefined {
  const key = name.toLowerCase();
  return COMPETITIONS.find((c) => c.name.toLowerCase() === key || c.aliases.some((a) => a.toLowerCase() === key));
}

export function findTrophy(name: string): Trophy | undefined {
  const key = name.toLowerCase().replace(/’/g, "'");
  return TROPHIES.find((t) => [t.name, ...t.aliases].some((n) => n.toLowerCase().replace(/’/g, "'") === key));
}
