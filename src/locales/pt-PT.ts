import type {KycStrings} from '../strings.js';

/** The element's and its modes' texts in `pt-PT`: a chunk of its own, loaded when a page speaks it. */
const strings: KycStrings = {
  start: 'Verificar a sua identidade',
  loading: 'A preparar a sua verificação…',
  frameTitle: 'Verificação de identidade',
  flowLoading: 'A carregar a verificação…',
  doneTitle: 'Obrigado',
  doneBody: 'A sua verificação foi enviada.',
  cancelledTitle: 'Verificação cancelada',
  errorTitle: 'Não foi possível concluir a verificação',
  expiredTitle: 'Esta ligação de verificação expirou',
  retry: 'Tentar novamente',
  continueOnPhone: 'Continuar no telemóvel',
  returnForwarded: 'Já pode fechar esta janela.',
  returnElsewhere: 'Verificação concluída. Continue onde começou.',
  announceLoading: 'A preparar a verificação',
  announceActive: 'Verificação aberta',
  qrInstructions: 'Leia este código com a câmara do telemóvel para continuar aí a verificação.',
  qrLabel: 'Código QR que abre a verificação no seu telemóvel',
  qrOpenHere: 'Abrir antes neste dispositivo',
  qrExpiresIn: 'Código válido durante {time}',
  qrOpened: 'Aberto no telemóvel. Conclua aí a verificação.',
  qrResultOnPhone: 'Verá o resultado no telemóvel.',
  qrRenewed: 'O código foi renovado.',
  popupWaiting: 'Conclua a verificação na janela que se abriu.',
  popupBlocked: 'O seu navegador não abriu a janela de verificação.',
  popupOpen: 'Abrir a verificação',
  popupClosed: 'A janela de verificação foi fechada.',
  popupReopen: 'Reabrir',
  popupCancel: 'Cancelar',
  redirecting: 'A redirecionar para a verificação…',
};

export default strings;
