/** Stubs for the camera check of `auto` mode (src/client.ts `cameraAvailable`). */
/** Stubs `navigator.mediaDevices.enumerateDevices` (own property over the prototype's method). */
export function stubDevices(devices: Array<Partial<MediaDeviceInfo>>) {
  Object.defineProperty(navigator.mediaDevices, 'enumerateDevices', {configurable: true, value: async () => devices});
  return () => delete (navigator.mediaDevices as unknown as Record<string, unknown>).enumerateDevices;
}

/** Stubs the page's Permissions-Policy (where the browser exposes it). */
export function stubPolicy(allowsCamera: boolean) {
  const policy = {allowsFeature: (feature: string) => (feature === 'camera' ? allowsCamera : true)};
  Object.defineProperty(document, 'permissionsPolicy', {configurable: true, value: policy});
  Object.defineProperty(document, 'featurePolicy', {configurable: true, value: policy});
  return () => {
    delete (document as unknown as Record<string, unknown>).permissionsPolicy;
    delete (document as unknown as Record<string, unknown>).featurePolicy;
  };
}

export const CAMERA = [{kind: 'videoinput' as MediaDeviceKind, deviceId: '', label: '', groupId: ''}];
export const MIC_ONLY = [{kind: 'audioinput' as MediaDeviceKind, deviceId: '', label: '', groupId: ''}];
