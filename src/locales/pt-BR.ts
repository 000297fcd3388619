import type {KycStrings} from '../strings.js';

/** The element's and its modes' texts in `pt-BR`: a chunk of its own, loaded when a page speaks it. */
const strings: KycStrings = {
  start: 'Verificar sua identidade',
  loading: 'Preparando sua verificação…',
  frameTitle: 'Verificação de identidade',
  flowLoading: 'Carregando a verificação…',
  doneTitle: 'Obrigado',
  doneBody: 'Sua verificação foi enviada.',
  cancelledTitle: 'Verificação cancelada',
  errorTitle: 'Não foi possível concluir a verificação',
  expiredTitle: 'Este link de verificação expirou',
  retry: 'Tentar novamente',
  continueOnPhone: 'Continuar no celular',
  returnForwarded: 'Você já pode fechar esta janela.',
  returnElsewhere: 'Verificação concluída. Continue de onde você começou.',
  announceLoading: 'Preparando a verificação',
  announceActive: 'Verificação aberta',
  qrInstructions: 'Escaneie este código com a câmera do celular para continuar a verificação por lá.',
  qrLabel: 'Código QR que abre a verificação no seu celular',
  qrOpenHere: 'Abrir neste dispositivo',
  qrExpiresIn: 'Código válido por {time}',
  qrOpened: 'Aberto no celular. Conclua a verificação por lá.',
  qrResultOnPhone: 'Você verá o resultado no celular.',
  qrRenewed: 'O código foi renovado.',
  popupWaiting: 'Conclua a verificação na janela que foi aberta.',
  popupBlocked: 'Seu navegador não abriu a janela de verificação.',
  popupOpen: 'Abrir a verificação',
  popupClosed: 'A janela de verificação foi fechada.',
  popupReopen: 'Reabrir',
  popupCancel: 'Cancelar',
  redirecting: 'Levando você para a verificação…',
};

export default strings;
