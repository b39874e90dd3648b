import { defineMessages } from '@shared/i18n/define-messages';

/** The words of printing and saving papers (features/export/, export-spreadsheet/). */
export const exportMessages = defineMessages('export', {
  en: {
    // The language a paper prints in, on its buttons and choices.
    'language.en': 'English',
    'language.es': 'Spanish (Español)',
    // DraftPdfButton, on the approval step.
    'draft.en': 'Draft PDF for the board packet',
    'draft.es': 'Draft PDF in Spanish',
    // ExportFeedback: what became of a paper.
    downloaded: 'Downloaded',
    downloadedAs: 'Downloaded as {file}. Find it in the browser’s downloads to open and print it.',
    savedAs: 'Saved as {file}',
    open: 'Open it to print',
    openFailed: 'The computer could not open it. Open the file from the folder you saved it in.',
    failed: 'Could not make the PDF',
    // ExportFeedback: typed text the PDF's letters cannot draw.
    'unprintable.title': 'Some characters cannot be printed',
    'unprintable.close': 'Go back without exporting',
    'unprintable.intro':
      'The PDF’s letters cannot draw these characters. They would be left out of the printed copy:',
    'unprintable.choice': 'Go back to change the wording, or export without them.',
    'unprintable.goBack': 'Go back',
    'unprintable.anyway': 'Export anyway',
    // MissingSpanishModal: what a Spanish paper would print in English.
    'spanish.title': 'Some passages have no Spanish yet',
    'spanish.allWritten': 'Every passage has its Spanish now',
    'spanish.mission': 'The mission',
    'spanish.goal': 'Goal {number}',
    'spanish.draftIntro':
      'This paper would print {count, plural, one {this passage} other {these # passages}} as the board wrote them, in English. Write the Spanish here and save it, or print with each one marked “(en inglés)”.',
    'spanish.approved':
      'Revision {revision} is approved, so the text it prints cannot change: this printing marks these passages “(en inglés)”.',
    'spanish.intoDraft':
      'What you write here goes into the draft, revision {draft}, and prints once the board approves it.',
    'spanish.frozen':
      'To write their Spanish, start a new revision: the Spanish goes into that draft and prints once the board approves it.',
    'spanish.nothingLeft': 'Nothing on this paper prints in English any more.',
    'spanish.printMarked': 'Print with these passages marked in English',
    'spanish.print': 'Print',
    'spanish.cancel': 'Cancel',
    'spanish.close': 'Close without printing',
    // SpanishPassageForm: one passage, named as the goal form and step 2 name its field.
    'field.mission': 'Mission statement in Spanish',
    'field.statement': 'Goal in Spanish',
    'field.measure': 'What is measured, in Spanish',
    'field.unit': 'Unit in Spanish',
    'passage.ofGoal': '{field} (goal {number})',
    'passage.english': 'Prints now, in English: “{english}”',
    'passage.save': 'Save',
    'passage.saveLabel': 'Save: {field}',
    'passage.empty': 'Write the Spanish first, or leave it and print it marked in English.',
    'passage.savedInDraft': '✓ Saved in the draft, revision {revision}:',
    'passage.notWritten': '{field}: not written yet',
    'passage.goalGone':
      'Goal {number} is no longer in the draft, so its Spanish cannot be written here.',
    // SurveyFormsSection, on the Customers step's "Survey forms" tab.
    'forms.intro':
      "The survey card asks the standard questions and one on each external goal's topic, with room to write and where to return it. The tally sheet has a row per household for door to door. Both print on letter paper; type the answers in under “Outreach and feedback”.",
    'forms.survey': 'Survey and comment card',
    'forms.tally': 'Door-to-door tally sheet',
    'forms.button':
      '{form, select, survey {Survey card} other {Tally sheet}}, {language, select, es {Spanish (Español)} other {English}}',
  },
  es: {
    'language.en': 'Inglés (English)',
    'language.es': 'Español',
    'draft.en': 'Borrador en PDF para la mesa directiva',
    'draft.es': 'Borrador en PDF en español',
    downloaded: 'Descargado',
    downloadedAs:
      'Se descargó como {file}. Búsquelo en las descargas del navegador para abrirlo e imprimirlo.',
    savedAs: 'Guardado como {file}',
    open: 'Abrirlo para imprimir',
    openFailed: 'La computadora no pudo abrirlo. Abra el archivo desde la carpeta donde lo guardó.',
    failed: 'No se pudo hacer el PDF',
    'unprintable.title': 'Algunos caracteres no se pueden imprimir',
    'unprintable.close': 'Regresar sin exportar',
    'unprintable.intro':
      'Las letras del PDF no pueden dibujar estos caracteres. Quedarían fuera de la copia impresa:',
    'unprintable.choice': 'Regrese para cambiar el texto, o exporte sin ellos.',
    'unprintable.goBack': 'Regresar',
    'unprintable.anyway': 'Exportar de todos modos',
    'spanish.title': 'Algunos textos aún no están en español',
    'spanish.allWritten': 'Ya todos los textos están en español',
    'spanish.mission': 'La misión',
    'spanish.goal': 'Meta {number}',
    'spanish.draftIntro':
      'Este documento imprimiría {count, plural, one {este texto en inglés, como lo escribió} other {estos # textos en inglés, como los escribió}} la mesa directiva. Escriba aquí el español y guárdelo, o imprima con cada texto marcado “(en inglés)”.',
    'spanish.approved':
      'La revisión {revision} está aprobada, así que el texto que imprime no puede cambiar: esta impresión marca estos textos “(en inglés)”.',
    'spanish.intoDraft':
      'Lo que escriba aquí se guarda en el borrador, revisión {draft}, y se imprime una vez que la mesa directiva lo apruebe.',
    'spanish.frozen':
      'Para escribirlos en español, comience una nueva revisión: el español se guarda en ese borrador y se imprime una vez que la mesa directiva lo apruebe.',
    'spanish.nothingLeft': 'Ya nada de este documento se imprime en inglés.',
    'spanish.printMarked': 'Imprimir con estos textos marcados en inglés',
    'spanish.print': 'Imprimir',
    'spanish.cancel': 'Cancelar',
    'spanish.close': 'Cerrar sin imprimir',
    'field.mission': 'Misión en español',
    'field.statement': 'Meta en español',
    'field.measure': 'Lo que se mide, en español',
    'field.unit': 'Unidad en español',
    'passage.ofGoal': '{field} (meta {number})',
    'passage.english': 'Se imprime ahora, en inglés: “{english}”',
    'passage.save': 'Guardar',
    'passage.saveLabel': 'Guardar: {field}',
    'passage.empty': 'Escriba primero el español, o déjelo así y se imprime marcado en inglés.',
    'passage.savedInDraft': '✓ Guardado en el borrador, revisión {revision}:',
    'passage.notWritten': '{field}: aún sin escribir',
    'passage.goalGone':
      'La meta {number} ya no está en el borrador, así que su español no se puede escribir aquí.',
    'forms.intro':
      'La tarjeta de encuesta hace las preguntas de siempre y una sobre el tema de cada meta externa, con espacio para escribir y dónde entregarla. La hoja de conteo tiene una fila por hogar, para ir casa por casa. Las dos se imprimen en papel tamaño carta; escriba las respuestas en “Consultas y comentarios”.',
    'forms.survey': 'Tarjeta de encuesta y comentarios',
    'forms.tally': 'Hoja de conteo casa por casa',
    'forms.button':
      '{form, select, survey {Tarjeta de encuesta} other {Hoja de conteo}}, {language, select, es {español} other {inglés}}',
  },
});
