// Well-known football people, a filler for wrong answers when the article names too few of a kind.
// Written here from general knowledge (names only, no other data). Women's football kept apart:
// a women's report gets women's names.

export const MANAGERS: readonly string[] = [
  'Carlo Ancelotti', 'Zinedine Zidane', 'José Mourinho', 'Pep Guardiola', 'Jürgen Klopp', 'Arsène Wenger', 'Alex Ferguson',
  'Mikel Arteta', 'Antonio Conte', 'Thomas Tuchel', 'Mauricio Pochettino', 'Diego Simeone', 'Xavi Hernández', 'Luis Enrique',
  'Erik ten Hag', 'Unai Emery', 'Rafael Benítez', 'Claudio Ranieri', 'Massimiliano Allegri', 'Simone Inzaghi', 'Julian Nagelsmann',
  'Hansi Flick', 'Joachim Löw', 'Didier Deschamps', 'Gareth Southgate', 'Roberto Mancini', 'Lionel Scaloni', 'Tite',
  'Louis van Gaal', 'Ronald Koeman', 'Roberto Martínez', 'Fernando Santos', 'Vicente del Bosque', 'Marcelo Bielsa',
  'Ange Postecoglou', 'Arne Slot', 'Xabi Alonso', 'Brendan Rodgers', 'Ole Gunnar Solskjær', 'David Moyes', 'Roy Hodgson',
  'Frank Lampard', 'Steven Gerrard', 'Graham Potter', 'Eddie Howe', 'Sean Dyche', 'Sam Allardyce', 'Fabio Capello',
  'Marcello Lippi', 'Luiz Felipe Scolari', 'Sven-Göran Eriksson', 'Jupp Heynckes', 'Ottmar Hitzfeld', 'Bob Paisley',
  'Brian Clough', 'Bill Shankly', 'Matt Busby', 'Kenny Dalglish', 'Gérard Houllier', 'Manuel Pellegrini', 'Roberto Di Matteo',
];

export const PLAYERS: readonly string[] = [
  'Lionel Messi', 'Cristiano Ronaldo', 'Kylian Mbappé', 'Erling Haaland', 'Neymar', 'Karim Benzema', 'Robert Lewandowski',
  'Harry Kane', 'Mohamed Salah', 'Kevin De Bruyne', 'Luka Modrić', 'Virgil van Dijk', 'Jude Bellingham', 'Vinícius Júnior',
  'Antoine Griezmann', 'Sergio Ramos', 'Andrés Iniesta', 'Xavi', 'Zlatan Ibrahimović', 'Wayne Rooney', 'Thierry Henry',
  'Alan Shearer', 'Frank Lampard', 'Steven Gerrard', 'David Beckham', 'Ryan Giggs', 'Gareth Bale', 'Luis Suárez',
  'Andrea Pirlo', 'Francesco Totti', 'Gianluigi Buffon', 'Paolo Maldini', 'Ronaldinho', 'Kaká', 'Ronaldo Nazário',
  'Pelé', 'Diego Maradona', 'Johan Cruyff', 'Franz Beckenbauer', 'Gerd Müller', 'Bobby Charlton', 'George Best',
  'Eusébio', 'Michel Platini', 'Marco van Basten', 'Roberto Baggio', 'Didier Drogba', 'Samuel Eto’o', 'Sadio Mané',
  'Son Heung-min', 'Bukayo Saka', 'Declan Rice', 'Phil Foden', 'Rodri', 'Pedri', 'Lamine Yamal', 'Bruno Fernandes',
  'Marcus Rashford', 'Raheem Sterling', 'Jack Grealish', 'Paul Pogba', 'N’Golo Kanté', 'Eden Hazard', 'Toni Kroos',
  'Thomas Müller', 'Manuel Neuer', 'Sergio Agüero', 'Ángel Di María', 'Julián Álvarez', 'Emiliano Martínez',
];

export const WOMEN_PLAYERS: readonly string[] = [
  'Alexia Putellas', 'Aitana Bonmatí', 'Sam Kerr', 'Ada Hegerberg', 'Megan Rapinoe', 'Alex Morgan', 'Vivianne Miedema',
  'Beth Mead', 'Lucy Bronze', 'Leah Williamson', 'Marta', 'Pernille Harder', 'Lauren James', 'Alessia Russo', 'Chloe Kelly',
  'Ella Toone', 'Mary Earps', 'Millie Bright', 'Georgia Stanway', 'Keira Walsh', 'Lauren Hemp', 'Ellen White', 'Jill Scott',
  'Fara Williams', 'Kelly Smith', 'Olga Carmona', 'Salma Paralluelo', 'Jenni Hermoso', 'Lina Magull', 'Alexandra Popp',
  'Sophia Smith', 'Trinity Rodman', 'Carli Lloyd', 'Abby Wambach', 'Mia Hamm', 'Wendie Renard', 'Eugénie Le Sommer',
  'Caroline Graham Hansen', 'Fridolina Rolfö', 'Lieke Martens', 'Khadija Shaw', 'Asisat Oshoala', 'Christine Sinclair',
];

export const WOMEN_COACHES: readonly string[] = [
  'Sarina Wiegman', 'Emma Hayes', 'Jill Ellis', 'Jorge Vilda', 'Montse Tomé', 'Martina Voss-Tecklenburg', 'Phil Neville',
  'Hope Powell', 'Mark Sampson', 'Vlatko Andonovski', 'Tony Gustavsson', 'Peter Gerhardsson', 'Corinne Diacre', 'Hervé Renard',
  'Jonas Eidevall', 'Gareth Taylor', 'Pia Sundhage', 'Bev Priestman', 'Lars Søndergaard',
];
