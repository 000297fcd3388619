import type {KycStrings} from '../strings.js';

/** The element's and its modes' texts in `pl`: a chunk of its own, loaded when a page speaks it. */
const strings: KycStrings = {
  start: 'Potwierdź swoją tożsamość',
  loading: 'Przygotowujemy weryfikację…',
  frameTitle: 'Weryfikacja tożsamości',
  flowLoading: 'Wczytywanie weryfikacji…',
  doneTitle: 'Dziękujemy',
  doneBody: 'Twoja weryfikacja została przesłana.',
  cancelledTitle: 'Weryfikacja anulowana',
  errorTitle: 'Nie udało się ukończyć weryfikacji',
  expiredTitle: 'Ten link weryfikacyjny wygasł',
  retry: 'Spróbuj ponownie',
  continueOnPhone: 'Kontynuuj na telefonie',
  returnForwarded: 'Możesz zamknąć to okno.',
  returnElsewhere: 'Weryfikacja zakończona — wróć tam, gdzie ją rozpoczęto.',
  announceLoading: 'Przygotowywanie weryfikacji',
  announceActive: 'Weryfikacja otwarta',
  qrInstructions: 'Zeskanuj ten kod aparatem w telefonie, aby dokończyć weryfikację na telefonie.',
  qrLabel: 'Kod QR, który otwiera weryfikację na telefonie',
  qrOpenHere: 'Otwórz na tym urządzeniu',
  qrExpiresIn: 'Kod ważny jeszcze {time}',
  qrOpened: 'Otwarto na telefonie — dokończ tam weryfikację.',
  qrResultOnPhone: 'Wynik zobaczysz na telefonie.',
  qrRenewed: 'Kod został odnowiony.',
  popupWaiting: 'Dokończ weryfikację w otwartym oknie.',
  popupBlocked: 'Przeglądarka nie otworzyła okna weryfikacji.',
  popupOpen: 'Otwórz weryfikację',
  popupClosed: 'Okno weryfikacji zostało zamknięte.',
  popupReopen: 'Otwórz ponownie',
  popupCancel: 'Anuluj',
  redirecting: 'Przekierowujemy do weryfikacji…',
};

export default strings;
