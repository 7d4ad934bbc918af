import { calendarFileName } from '../candidate-status.service';

describe('calendarFileName', () => {
  it('keeps the letters of accented titles and spells other Latin letters in ASCII', () => {
    expect(calendarFileName('Entretien vidéo — équipe')).toBe('entretien-video-equipe');
    expect(calendarFileName('Gespräch mit Jürgen Weiß')).toBe('gesprach-mit-jurgen-weiss');
    expect(calendarFileName('Søknad: Æsir og Łódź')).toBe('soknad-aesir-og-lodz');
    expect(calendarFileName('Ｆｕｌｌｗｉｄｔｈ ①')).toBe('fullwidth-1');
  });

  it('falls back to a fixed name when nothing is left, and stays short', () => {
    expect(calendarFileName('面接')).toBe('candor-event');
    expect(calendarFileName('---')).toBe('candor-event');
    expect(calendarFileName(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
    expect(calendarFileName('x'.repeat(200))).toHaveLength(60);
  });
});
