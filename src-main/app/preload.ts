import { contextBridge, ipcRenderer } from 'electron';
import { channels, type ChannelApi } from '../api/contract';

const api = Object.fromEntries(channels.map((channel) => [channel, (request: unknown) => ipcRenderer.invoke(channel, request)])) as ChannelApi;

contextBridge.exposeInMainWorld('api', api);
