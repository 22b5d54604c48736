// Venues, and capitalised names that are neither people nor teams (cities, bodies, agencies):
// the name chunker must not read "Buenos Aires" or "Premier League" as a person.

export const VENUES: readonly string[] = [
  'Wembley', 'Wembley Stadium', 'Lusail Stadium', 'Stade de France', 'Maracanã', 'Camp Nou', 'Santiago Bernabéu',
  'Bernabéu', 'Old Trafford', 'Anfield', 'Etihad Stadium', 'Allianz Arena', 'San Siro', 'Signal Iduna Park', 'Westfalenstadion',
  'Olympiastadion', 'Estadio Azteca', 'Stadium Australia', 'Luzhniki Stadium', 'Parc des Princes', 'Emirates Stadium',
  'Stamford Bridge', 'Tottenham Hotspur Stadium', 'Villa Park', 'Hampden Park', 'Rose Bowl', 'MetLife Stadium',
  'Wanda Metropolitano', 'Metropolitano', 'Estádio da Luz', 'Johan Cruyff Arena', 'Amsterdam Arena', 'Celtic Park', 'Ibrox',
  'Goodison Park', 'St James’ Park', 'Elland Road', 'Highbury', 'White Hart Lane', 'London Stadium', 'Principality Stadium',
  'Millennium Stadium', 'Croke Park', 'Aviva Stadium', 'Stadio Olimpico', 'Juventus Stadium', 'Estadio Monumental',
  'La Bombonera', 'Soccer City', 'Khalifa International Stadium', 'Al Bayt Stadium', 'Brentford Community Stadium',
  'Molineux', 'Turf Moor', 'Bramall Lane', 'King Power Stadium', 'American Express Stadium', 'Selhurst Park', 'Craven Cottage',
  'Ewood Park', 'Hillsborough', 'Heysel Stadium', 'Estadio Centenario', 'Olympic Stadium', 'Gelredome', 'De Kuip',
];

/** Cities: a venue when the report says "in Kyiv", "at Natal" (and never a person). */
export const CITIES: readonly string[] = [
  'Kyiv', 'Berlin', 'Prague', 'Natal', 'Recife', 'Manaus', 'Salvador', 'Fortaleza', 'Gelsenkirchen', 'Leipzig', 'Cologne',
  'Frankfurt', 'Stuttgart', 'Hamburg', 'Düsseldorf', 'Bucharest', 'Budapest', 'Baku', 'Saint Petersburg', 'St Petersburg',
  'Lusail', 'Al Khor', 'Udine', 'Bergamo', 'Vienna', 'Basel', 'Gothenburg', 'Stockholm', 'Copenhagen', 'Oslo', 'Warsaw',
  'Gdansk', 'Wroclaw', 'Donetsk', 'Lviv', 'Kharkiv', 'Rotterdam', 'Eindhoven', 'Seville', 'Bilbao', 'Wembley', 'Basle',
  'London', 'Manchester', 'Liverpool', 'Madrid', 'Barcelona', 'Paris', 'Munich', 'Milan', 'Turin', 'Rome', 'Lisbon', 'Porto',
  'Amsterdam', 'Dortmund', 'Doha', 'Buenos Aires', 'Rio de Janeiro', 'Sao Paulo', 'São Paulo', 'Sydney', 'Melbourne',
  'New York', 'Los Angeles', 'Miami', 'Riyadh', 'Jeddah', 'Istanbul', 'Glasgow', 'Edinburgh', 'Cardiff', 'Dublin', 'Belfast',
  'Birmingham', 'Leeds', 'Newcastle', 'Sheffield', 'Nottingham', 'Leicester', 'Brussels', 'Geneva', 'Zurich', 'Monaco',
  'Marseille', 'Lyon', 'Valencia', 'Naples', 'Florence', 'Athens', 'Moscow', 'Auckland', 'Wellington', 'Mexico City',
  'Johannesburg', 'Cairo', 'Lagos', 'Tokyo', 'Seoul', 'Beijing', 'Dubai', 'Montevideo', 'Santiago', 'Bogotá', 'Lima', 'Quito',
];

export const NOT_PEOPLE: readonly string[] = [
  ...CITIES, 'La Masia', 'Clearlake Capital', 'Football Writers', 'Ballon d’Or', 'Nations League', 'Manchester', 'Liverpool', 'Madrid', 'Barcelona', 'Paris', 'Munich', 'Milan', 'Turin', 'Rome', 'Lisbon', 'Porto',
  'Amsterdam', 'Berlin', 'Dortmund', 'Doha', 'Qatar', 'Buenos Aires', 'Rio de Janeiro', 'Sao Paulo', 'São Paulo', 'Sydney',
  'Melbourne', 'New York', 'Los Angeles', 'Miami', 'Riyadh', 'Jeddah', 'Istanbul', 'Glasgow', 'Edinburgh', 'Cardiff', 'Dublin',
  'Belfast', 'Birmingham', 'Leeds', 'Newcastle', 'Sheffield', 'Nottingham', 'Leicester', 'Brussels', 'Geneva', 'Zurich',
  'Monaco', 'Marseille', 'Lyon', 'Seville', 'Valencia', 'Bilbao', 'Naples', 'Florence', 'Athens', 'Moscow', 'Kyiv',
  'Auckland', 'Wellington', 'Mexico City', 'Johannesburg', 'Cairo', 'Lagos', 'Tokyo', 'Seoul', 'Beijing', 'Dubai',
  'FIFA', 'UEFA', 'CONMEBOL', 'CONCACAF', 'Reuters', 'Associated Press', 'AFP', 'BBC', 'BBC Sport', 'PA', 'PA Media', 'Sky Sports',
  'Football Association', 'French Football Federation', 'Premier League', 'English Football League', 'Football League',
  'Royal Spanish Football Federation', 'German Football Association', 'Court of Arbitration for Sport', 'European Union',
  'Instagram', 'Twitter', 'Facebook', 'TikTok', 'YouTube', 'Saudi Pro League', 'Major League Soccer', 'Women’s Super League',
  'Champions League', 'Europa League', 'World Cup', 'Ballon d’Or', 'Golden Boot', 'Golden Ball', 'Player of the Year',
  'Hall of Fame', 'Buckingham Palace', 'Downing Street', 'Prime Minister', 'King Charles', 'Queen Elizabeth', 'Prince William',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Christmas', 'Easter', 'God',
];
